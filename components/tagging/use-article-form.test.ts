// @vitest-environment jsdom
import { act, createElement } from "react";
import { createRoot } from "react-dom/client";
import { beforeAll, describe, expect, it } from "vitest";
import type { ActionResult, ArticleFormActions, OwnArticleForm } from "./types";
import { useArticleForm } from "./use-article-form";

const ARTICLE = "00000000-0000-4000-8000-000000000001";
const FRAME = "00000000-0000-4000-8000-0000000000f1";
const OTHER_FRAME = "00000000-0000-4000-8000-0000000000f2";
const ACTOR = "00000000-0000-4000-8000-0000000000a1";

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

/** Server actions that answer when the test says so, recording what was sent. */
function fakeServer(stored: OwnArticleForm | null) {
  const sent: { input: Record<string, unknown>; answer(result: ActionResult<OwnArticleForm>): void }[] = [];
  const actions: ArticleFormActions = {
    saveArticleForm: (input) =>
      new Promise((resolve) => sent.push({ input: input as Record<string, unknown>, answer: resolve })),
    reloadArticleForm: async () => stored,
  };
  return { actions, sent };
}

function mount(actions: ArticleFormActions, initial: OwnArticleForm | null) {
  const view: { current?: ReturnType<typeof useArticleForm> } = {};
  function Probe() {
    view.current = useArticleForm(ARTICLE, initial, actions);
    return null;
  }
  act(() => createRoot(document.createElement("div")).render(createElement(Probe)));
  return view as { current: ReturnType<typeof useArticleForm> };
}

const saved = (fields: Partial<OwnArticleForm>, revision: number): ActionResult<OwnArticleForm> => ({
  ok: true,
  value: { primaryFrameId: null, headlineFrameId: null, tones: [], ...fields, revision },
});

describe("useArticleForm", () => {
  it("saves changes one at a time, each with the revision the last save returned and every change so far", async () => {
    const server = fakeServer(null);
    const form = mount(server.actions, null);
    await act(async () => form.current.change({ primaryFrameId: FRAME }));
    await act(async () => form.current.setTone(ACTOR, -1));
    expect(form.current.status).toEqual({ state: "saving" });
    await act(async () => server.sent[0].answer(saved({ primaryFrameId: FRAME }, 1)));
    expect(server.sent[1].input).toEqual({
      articleId: ARTICLE,
      primaryFrameId: FRAME,
      headlineFrameId: null,
      tones: [{ actorId: ACTOR, tone: -1 }],
      revision: 1,
    });
    await act(async () =>
      server.sent[1].answer(saved({ primaryFrameId: FRAME, tones: [{ actorId: ACTOR, tone: -1 }] }, 2)),
    );
    expect(form.current.status).toEqual({ state: "saved" });
    expect(form.current.fields.tones).toEqual([{ actorId: ACTOR, tone: -1 }]);
  });

  it("shows the stored form again with the reason when a save is refused, and drops the changes queued behind it", async () => {
    const elsewhere: OwnArticleForm = { primaryFrameId: OTHER_FRAME, headlineFrameId: null, tones: [], revision: 3 };
    const server = fakeServer(elsewhere);
    const form = mount(server.actions, { ...elsewhere, primaryFrameId: null, revision: 2 });
    await act(async () => form.current.change({ primaryFrameId: FRAME }));
    await act(async () => form.current.change({ headlineFrameId: FRAME }));
    await act(async () => server.sent[0].answer({ ok: false, error: "This form was changed meanwhile." }));
    expect(form.current.fields.primaryFrameId).toBe(OTHER_FRAME);
    expect(form.current.fields.headlineFrameId).toBeNull();
    expect(form.current.status).toEqual({ state: "refused", message: "This form was changed meanwhile." });
    expect(server.sent).toHaveLength(1);
  });
});

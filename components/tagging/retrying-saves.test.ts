// @vitest-environment jsdom
import { act, createElement } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { retryingActions } from "./retrying-actions";
import type { ActionResult, TagFields, WorkspaceActions, WorkspaceTag } from "./types";
import { useConnection } from "./use-connection";
import { useTagEditing } from "./use-tag-editing";

const ARTICLE = "00000000-0000-4000-8000-000000000001";
const FIELDS: TagFields = {
  categoryId: "00000000-0000-4000-8000-0000000000c1",
  kind: "FRAME",
  label: "Economic",
  startOffset: 0,
  endOffset: 5,
  quotedText: "Harbo",
  attributes: {},
  actorId: null,
  claimId: null,
};

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A server that fails every write the test has queued a failure for, then stores tags by the id they name. */
function flakyServer(failures: ("network" | "database")[]) {
  const stored = new Map<string, WorkspaceTag>();
  const sent: string[] = [];
  const fail = <T>(): Promise<ActionResult<T>> | null => {
    const failure = failures.shift();
    if (failure === "network") return Promise.reject(new TypeError("Failed to fetch"));
    if (failure === "database")
      return Promise.resolve({ ok: false, error: "The database is not answering.", retry: true });
    return null;
  };
  const actions = {
    async createTag(input: unknown) {
      const { id } = input as { id: string };
      sent.push(id);
      const failed = fail<WorkspaceTag>();
      if (failed) return failed;
      const tag = stored.get(id) ?? { ...FIELDS, id, revision: 1, mine: true };
      stored.set(id, tag);
      return { ok: true as const, value: tag };
    },
    async deleteTag(tagId: string) {
      const failed = fail<void>();
      if (failed) return failed;
      stored.delete(tagId);
      return { ok: true as const, value: undefined };
    },
  } as unknown as WorkspaceActions;
  return { actions, stored, sent };
}

function mount(actions: WorkspaceActions) {
  const view: { editing?: ReturnType<typeof useTagEditing>; connection?: ReturnType<typeof useConnection> } = {};
  function Probe() {
    const connection = useConnection();
    view.connection = connection;
    view.editing = useTagEditing(ARTICLE, [], retryingActions(actions, connection.persist), () => {}, connection.track);
    return null;
  }
  act(() => createRoot(document.createElement("div")).render(createElement(Probe)));
  return view as Required<typeof view>;
}

describe("saves during an outage", () => {
  it("keep a new tag on screen, send it again with backoff under the same id, and save it once", async () => {
    const server = flakyServer(["network", "database"]);
    const view = mount(server.actions);
    let made: Promise<WorkspaceTag | null> | undefined;
    await act(async () => void (made = view.editing.create(FIELDS)));

    expect(view.editing.tags.map((tag) => tag.id)).toEqual([expect.stringMatching(/^pending-/)]);
    expect(view.connection.state).toBe("down");
    expect(view.connection.waiting).toBe(1);

    await act(async () => vi.advanceTimersByTimeAsync(1_200)); // first retry: the database is still away
    expect(view.connection.state).toBe("down");
    await act(async () => vi.advanceTimersByTimeAsync(2_400)); // second retry gets through
    const tag = await made!;

    expect(server.sent).toHaveLength(3);
    expect(new Set(server.sent).size).toBe(1);
    expect(server.stored.size).toBe(1);
    expect(view.editing.tags).toEqual([tag]);
    expect(view.connection.state).toBe("back");
    expect(view.connection.waiting).toBe(0);
  });

  it("queue later changes behind the waiting one and keep undo in step", async () => {
    const server = flakyServer(["network"]);
    const view = mount(server.actions);
    await act(async () => void view.editing.create(FIELDS));
    await act(async () => void view.editing.create({ ...FIELDS, startOffset: 1, quotedText: "arbo" }));
    expect(view.editing.tags).toHaveLength(2);
    expect(view.connection.waiting).toBe(2);

    await act(async () => view.connection.retryNow());
    await act(async () => vi.runAllTimersAsync());
    expect(server.stored.size).toBe(2);
    expect(view.connection.waiting).toBe(0);

    await act(async () => view.editing.undo());
    expect(server.stored.size).toBe(1);
    expect(view.editing.tags).toHaveLength(1);
    expect(view.connection.state).toBe("up"); // a new change after the outage puts the banner away
  });
});

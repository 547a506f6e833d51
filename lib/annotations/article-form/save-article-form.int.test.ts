import { describe, expect, it } from "vitest";
import { db } from "../../db/client.ts";
import { ensureDefaultCodebook } from "../../codebook/ensure-default-codebook.ts";
import { currentCategory, makeArticle, makeEvent, makeOutlet, makeUser } from "../../../test/factories.ts";
import { pickArticle } from "../../assignments/pick-article.ts";
import { articleFormInputSchema } from "./article-form-input.ts";
import { saveArticleForm } from "./save-article-form.ts";

async function setUp() {
  await ensureDefaultCodebook(db());
  const event = await makeEvent("Rafah talks");
  const article = await makeArticle((await makeOutlet(`Outlet ${crypto.randomUUID()}`)).id, event.id);
  const [hamas, israel] = await Promise.all(
    ["Hamas", "Israel (government)"].map((name) => db().eventActor.create({ data: { eventId: event.id, name } })),
  );
  const frame = currentCategory;
  const reviewer = await makeUser("REVIEWER");
  await pickArticle(article.id, reviewer.id);
  return { article, hamas, israel, frame, reviewer };
}

describe("saveArticleForm", () => {
  it("saves frames and tones, then replaces them on an edit of the current revision, audited", async () => {
    const { article, hamas, israel, frame, reviewer } = await setUp();
    const conflict = (await frame("frame.conflict")).id;
    const human = (await frame("frame.human_interest")).id;
    const form = (fields: object) => articleFormInputSchema.parse({ articleId: article.id, ...fields });

    const first = await saveArticleForm(
      form({
        primaryFrameId: conflict,
        headlineFrameId: conflict,
        tones: [{ actorId: hamas.id, tone: -1 }],
        revision: null,
      }),
      reviewer.id,
    );
    const second = await saveArticleForm(
      form({ primaryFrameId: human, tones: [{ actorId: israel.id, tone: 2 }], revision: first.revision }),
      reviewer.id,
    );

    expect(second).toMatchObject({ primaryFrameId: human, headlineFrameId: null, revision: 2 });
    expect(second.tones).toEqual([{ actorId: israel.id, tone: 2 }]);
    await expect(saveArticleForm(form({ primaryFrameId: conflict, revision: 1 }), reviewer.id)).rejects.toThrow(
      "changed meanwhile",
    );
    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "article_form.update" } });
    expect(audit.before).toMatchObject({ primaryFrameId: conflict, tones: [{ actorId: hamas.id, tone: -1 }] });
  });

  it("refuses a non-frame category, another event's actor and a tone out of range", async () => {
    const { article, frame, reviewer } = await setUp();
    const stranger = await db().eventActor.create({ data: { eventId: (await makeEvent("Other")).id, name: "X" } });
    const quote = (await frame("attribution.reported_speech")).id;
    const input = (fields: object) => ({ articleId: article.id, revision: null, ...fields });

    await expect(
      saveArticleForm(articleFormInputSchema.parse(input({ primaryFrameId: quote })), reviewer.id),
    ).rejects.toThrow("Choose the frames");
    await expect(
      saveArticleForm(articleFormInputSchema.parse(input({ tones: [{ actorId: stranger.id, tone: 1 }] })), reviewer.id),
    ).rejects.toThrow("this event's actors");
    expect(articleFormInputSchema.safeParse(input({ tones: [{ actorId: stranger.id, tone: 3 }] })).success).toBe(false);
  });
});

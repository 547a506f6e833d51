import { describe, expect, it } from "vitest";
import { db } from "../../db/client.ts";
import { ensureDefaultCodebook } from "../../codebook/ensure-default-codebook.ts";
import { currentCategory, makeArticle, makeEvent, makeOutlet, makeUser } from "../../../test/factories.ts";
import { pickArticle } from "../../assignments/pick-article.ts";
import { articleFormInputSchema } from "../article-form/article-form-input.ts";
import { saveArticleForm } from "../article-form/save-article-form.ts";
import { categoriesInUse } from "./categories-in-use.ts";
import { findOwnArticleForm } from "./own-article-form.ts";

async function pickedArticle() {
  await ensureDefaultCodebook(db());
  const event = await makeEvent("Harbour strike");
  const article = await makeArticle((await makeOutlet(`Outlet ${crypto.randomUUID()}`)).id, event.id);
  const actor = await db().eventActor.create({ data: { eventId: event.id, name: "Dock workers' union" } });
  const reviewer = await makeUser("REVIEWER");
  await pickArticle(article.id, reviewer.id);
  return { article, actor, reviewer };
}

describe("workspace queries", () => {
  it("give the categories in use with the attributes their codebook defines", async () => {
    const { article, reviewer } = await pickedArticle();
    const categories = await categoriesInUse(article.id, reviewer.id);
    const other = categories.find((category) => category.code === "frame.other");
    expect(other?.attributes).toEqual([expect.objectContaining({ code: "frame_name", type: "text" })]);
    expect(categories.find((category) => category.code === "frame.economic")?.attributes).toEqual([]);
  });

  it("find only the reviewer's own form, none before it is saved", async () => {
    const { article, actor, reviewer } = await pickedArticle();
    const other = await makeUser("REVIEWER");
    expect(await findOwnArticleForm(article.id, reviewer.id)).toBeNull();
    const frame = (await currentCategory("frame.conflict")).id;
    await saveArticleForm(
      articleFormInputSchema.parse({
        articleId: article.id,
        primaryFrameId: frame,
        tones: [{ actorId: actor.id, tone: -2 }],
        revision: null,
      }),
      reviewer.id,
    );
    expect(await findOwnArticleForm(article.id, reviewer.id)).toEqual({
      primaryFrameId: frame,
      headlineFrameId: null,
      revision: 1,
      tones: [{ actorId: actor.id, tone: -2 }],
    });
    expect(await findOwnArticleForm(article.id, other.id)).toBeNull();
  });
});

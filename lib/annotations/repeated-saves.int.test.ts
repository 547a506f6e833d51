import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { currentCategory, makeArticle, makeEvent, makeOutlet, makeUser } from "../../test/factories.ts";
import { pickArticle } from "../assignments/pick-article.ts";
import { ensureDefaultCodebook } from "../codebook/ensure-default-codebook.ts";
import { db } from "../db/client.ts";
import { acceptSuggestion } from "../suggestions-review/accept-suggestion.ts";
import { offerSuggestions } from "../suggestions-review/offer-suggestions.ts";
import { createTag } from "./create-tag.ts";
import { deleteTag } from "./delete-tag.ts";
import { tagInputSchema } from "./tag-input.ts";
import { TaggingError } from "./tagging-error.ts";

// A workspace sends a save again when its answer is lost (a dropped connection, a server killed after the commit):
// the second try must find what the first did, never make a second tag.
const BODY = "“We will not negotiate under fire,” Hamas said on Monday. Officials called the plan reckless.";

async function setUp() {
  await ensureDefaultCodebook(db());
  const event = await makeEvent("Repeated saves");
  const article = await makeArticle((await makeOutlet(`Outlet ${randomUUID()}`)).id, event.id, BODY);
  await db().eventActor.create({ data: { eventId: event.id, name: "Hamas" } });
  const reviewer = await makeUser("REVIEWER");
  await pickArticle(article.id, reviewer.id);
  const frame = await currentCategory("frame.conflict");
  const quoted = "Officials called the plan reckless.";
  const start = BODY.indexOf(quoted);
  const fields = tagInputSchema.parse({
    articleId: article.id,
    categoryId: frame.id,
    startOffset: start,
    endOffset: start + quoted.length,
    quotedText: quoted,
  });
  return { article, reviewer, fields };
}

const auditCount = (entityId: string, action: string) => db().auditLog.count({ where: { entityId, action } });

describe("saves sent again", () => {
  it("make a new tag once under the id the workspace chose, however often and however concurrently sent", async () => {
    const { reviewer, fields } = await setUp();
    const id = randomUUID();
    const first = await createTag({ ...fields, id }, reviewer.id);
    expect(first.id).toBe(id);
    const again = await Promise.all(Array.from({ length: 5 }, () => createTag({ ...fields, id }, reviewer.id)));
    expect(again.map((tag) => tag.id)).toEqual(Array(5).fill(id));
    expect(await db().annotation.count({ where: { articleId: fields.articleId } })).toBe(1);
    expect(await auditCount(id, "annotation.create")).toBe(1);
  });

  it("make one tag when the first tries run side by side", async () => {
    const { reviewer, fields } = await setUp();
    const id = randomUUID();
    await Promise.all(Array.from({ length: 4 }, () => createTag({ ...fields, id }, reviewer.id)));
    expect(await db().annotation.count({ where: { articleId: fields.articleId } })).toBe(1);
  });

  it("refuse an id that is another reviewer's tag", async () => {
    const { article, reviewer, fields } = await setUp();
    const other = await makeUser("REVIEWER");
    await pickArticle(article.id, other.id);
    const theirs = await createTag({ ...fields, id: randomUUID() }, other.id);
    await expect(createTag({ ...fields, id: theirs.id }, reviewer.id)).rejects.toThrow(TaggingError);
    expect(await db().annotation.count({ where: { reviewerId: reviewer.id } })).toBe(0);
  });

  it("accept a suggestion once under the id the workspace chose", async () => {
    const { article, reviewer } = await setUp();
    const quote = (await offerSuggestions(article.id, reviewer.id)).offered.find((suggestion) =>
      suggestion.tag.quotedText.startsWith("“We will not"),
    )!;
    const id = randomUUID();
    const first = await acceptSuggestion(article.id, quote.key, reviewer.id, id);
    const second = await acceptSuggestion(article.id, quote.key, reviewer.id, id);
    expect([first.id, second.id]).toEqual([id, id]);
    expect(await db().annotation.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("delete once: deleting a tag the reviewer deleted already does nothing", async () => {
    const { reviewer, fields } = await setUp();
    const tag = await createTag({ ...fields, id: randomUUID() }, reviewer.id);
    await deleteTag(tag.id, 1, reviewer.id);
    await deleteTag(tag.id, 1, reviewer.id);
    expect(await auditCount(tag.id, "annotation.delete")).toBe(1);
    const stranger = await makeUser("REVIEWER");
    await expect(deleteTag(tag.id, 1, stranger.id)).rejects.toThrow(/deleted meanwhile/);
  });
});

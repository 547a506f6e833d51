import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { ensureDefaultCodebook } from "../codebook/ensure-default-codebook.ts";
import { currentCategory, makeArticle, makeEvent, makeOutlet, makeUser } from "../../test/factories.ts";
import { pickArticle } from "../assignments/pick-article.ts";
import { submitArticle } from "../assignments/submit-article.ts";
import { createTag } from "./create-tag.ts";
import { deleteTag } from "./delete-tag.ts";
import { listVisibleTags, type Viewer } from "./list-visible-tags.ts";
import { tagInputSchema, type TagInput } from "./tag-input.ts";
import { TaggingError } from "./tagging-error.ts";
import { updateTag } from "./update-tag.ts";

const BODY = "Hamas said it would not attend. “We will not negotiate under fire,” a source close to the group said.";

async function setUp() {
  await ensureDefaultCodebook(db());
  const outlet = await makeOutlet(`Outlet ${crypto.randomUUID()}`);
  const event = await makeEvent("Rafah talks");
  const article = await makeArticle(outlet.id, event.id, BODY);
  const hamas = await db().eventActor.create({ data: { eventId: event.id, name: "Hamas" } });
  const category = currentCategory;
  return { article, event, hamas, category };
}

function tagOf(articleId: string, categoryId: string, quoted: string, extra: Partial<TagInput> = {}): TagInput {
  const start = BODY.indexOf(quoted);
  return tagInputSchema.parse({
    articleId,
    categoryId,
    startOffset: start,
    endOffset: start + quoted.length,
    quotedText: quoted,
    ...extra,
  });
}

describe("tag writes", () => {
  it("checks the span, the category's version, the attributes and the event links before writing", async () => {
    const { article, hamas, category } = await setUp();
    const reviewer = await makeUser("REVIEWER");
    const quote = (await category("attribution.reported_speech")).id;
    const frame = await category("frame.conflict");
    const other = await db().eventActor.create({ data: { eventId: (await makeEvent("Other")).id, name: "Hamas" } });

    await expect(createTag(tagOf(article.id, quote, "We will not negotiate"), reviewer.id)).rejects.toThrow(
      "This article is not in your queue",
    );
    await pickArticle(article.id, reviewer.id);
    const wrongText = { ...tagOf(article.id, quote, "We will not negotiate"), quotedText: "We will not negotiatE" };
    await expect(createTag(wrongText, reviewer.id)).rejects.toThrow("does not match the article");
    await expect(createTag(tagOf(article.id, quote, "We will not negotiate"), reviewer.id)).rejects.toThrow(
      TaggingError,
    );
    await expect(createTag(tagOf(article.id, frame.id, "Hamas", { actorId: hamas.id }), reviewer.id)).rejects.toThrow(
      "not about an actor",
    );
    const attributes = {
      form: "direct_quote",
      anonymous: true,
      speaker: "a source close to the group",
      verb: "said",
      verbClass: "neutral",
    };
    await expect(
      createTag(tagOf(article.id, quote, "We will not negotiate", { attributes, actorId: other.id }), reviewer.id),
    ).rejects.toThrow("not one of this event's actors");

    const created = await createTag(
      tagOf(article.id, quote, "We will not negotiate", { attributes, actorId: hamas.id }),
      reviewer.id,
    );
    expect(created).toMatchObject({ quotedText: "We will not negotiate", actorId: hamas.id, revision: 1 });
    expect(created.attributes).toEqual({ ...attributes, speakerType: null });
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: created.id } });
    expect(audit).toMatchObject({ action: "annotation.create", actorId: reviewer.id });
  });

  it("refuses another reviewer's change and a stale edit, and audits before and after", async () => {
    const { article, category } = await setUp();
    const [first, second] = await Promise.all([makeUser("REVIEWER"), makeUser("REVIEWER")]);
    await Promise.all([pickArticle(article.id, first.id), pickArticle(article.id, second.id)]);
    const conflict = (await category("frame.conflict")).id;
    const tag = await createTag(tagOf(article.id, conflict, "Hamas said it would not attend."), first.id);
    const widened = tagOf(article.id, conflict, "Hamas said it would not attend. “We will not negotiate under fire,”");

    await expect(updateTag(tag.id, 1, widened, second.id)).rejects.toThrow("not yours to change");
    await expect(deleteTag(tag.id, 1, second.id)).rejects.toThrow("not yours to change");
    const updated = await updateTag(tag.id, 1, widened, first.id);
    expect(updated.revision).toBe(2);
    // The same edit sent again (its answer was lost) is answered as saved, once; any other stale change is refused.
    expect((await updateTag(tag.id, 1, widened, first.id)).revision).toBe(2);
    const narrowed = tagOf(article.id, conflict, "Hamas said it");
    await expect(updateTag(tag.id, 1, narrowed, first.id)).rejects.toThrow("changed meanwhile");
    await expect(deleteTag(tag.id, 1, first.id)).rejects.toThrow("changed meanwhile");
    expect(await db().auditLog.count({ where: { entityId: tag.id, action: "annotation.update" } })).toBe(1);

    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: tag.id, action: "annotation.update" } });
    expect(audit.before).toMatchObject({ quotedText: "Hamas said it would not attend.", revision: 1 });
    expect(audit.after).toMatchObject({ quotedText: widened.quotedText, revision: 2 });
    await deleteTag(tag.id, 2, first.id);
    expect(await db().annotation.count({ where: { id: tag.id } })).toBe(0);
  });

  it("keeps tagging blind until every assigned reviewer has submitted; editors see everything", async () => {
    const { article, category } = await setUp();
    const [first, second, editor] = await Promise.all([makeUser("REVIEWER"), makeUser("REVIEWER"), makeUser("EDITOR")]);
    await Promise.all([pickArticle(article.id, first.id), pickArticle(article.id, second.id)]);
    const conflict = (await category("frame.conflict")).id;
    await createTag(tagOf(article.id, conflict, "Hamas said it would not attend."), first.id);
    await createTag(tagOf(article.id, conflict, "We will not negotiate under fire"), second.id);
    const seenBy = async (viewer: Viewer) =>
      (await listVisibleTags(article.id, viewer)).map((tag) => tag.reviewerId).sort();

    expect(await seenBy(first)).toEqual([first.id]);
    await submitArticle(article.id, first.id);
    expect(await seenBy(first)).toEqual([first.id]);
    expect(await seenBy(editor)).toEqual([first.id, second.id].sort());
    await expect(createTag(tagOf(article.id, conflict, "source close"), first.id)).rejects.toThrow(
      "You have submitted",
    );

    await submitArticle(article.id, second.id);
    expect(await seenBy(first)).toEqual([first.id, second.id].sort());
  });

  it("keeps an article's tags under the codebook version they were made in when a new version is published", async () => {
    const { article, category } = await setUp();
    const reviewer = await makeUser("REVIEWER");
    await pickArticle(article.id, reviewer.id);
    // A codebook of its own, so publishing its next version leaves the default codebook to the other tests.
    const publish = (codebookId: string, version: number, label: string) =>
      db().codebookVersion.create({
        data: {
          codebookId,
          version,
          publishedAt: new Date(),
          categories: { create: [{ kind: "FRAME", code: "frame.conflict", label, description: label }] },
        },
        include: { categories: true },
      });
    const codebook = await db().codebook.create({ data: { slug: `test-${crypto.randomUUID()}`, name: "Test" } });
    const [v1Conflict] = (await publish(codebook.id, 1, "Conflict")).categories;
    await createTag(tagOf(article.id, v1Conflict.id, "Hamas said it would not attend."), reviewer.id);
    const v2 = await publish(codebook.id, 2, "Conflict between sides");

    await expect(
      createTag(tagOf(article.id, v2.categories[0].id, "We will not negotiate"), reviewer.id),
    ).rejects.toThrow("another codebook version");
    const tags = await listVisibleTags(article.id, reviewer);
    expect(tags.map((tag) => [tag.category.code, tag.category.label])).toEqual([["frame.conflict", v1Conflict.label]]);
  });

  it("checks a category's own attributes from the codebook and keeps them under custom", async () => {
    const { article, category } = await setUp();
    const reviewer = await makeUser("REVIEWER");
    await pickArticle(article.id, reviewer.id);
    const other = (await category("frame.other")).id;
    const withCustom = (custom: unknown) => tagOf(article.id, other, "Hamas said", { attributes: { custom } });

    await expect(createTag(withCustom({ mood: "calm" }), reviewer.id)).rejects.toThrow(TaggingError);
    await expect(createTag(withCustom({ frame_name: 42 }), reviewer.id)).rejects.toThrow(TaggingError);
    const tag = await createTag(withCustom({ frame_name: "Negotiation as theatre" }), reviewer.id);
    expect(tag.attributes).toEqual({ custom: { frame_name: "Negotiation as theatre" } });
  });
});

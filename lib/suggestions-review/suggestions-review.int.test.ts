import { describe, expect, it } from "vitest";
import { currentCategory, makeArticle, makeEvent, makeOutlet, makeUser } from "../../test/factories.ts";
import { createTag } from "../annotations/create-tag.ts";
import { listVisibleTags } from "../annotations/list-visible-tags.ts";
import { tagInputSchema } from "../annotations/tag-input.ts";
import { pickArticle } from "../assignments/pick-article.ts";
import { submitArticle } from "../assignments/submit-article.ts";
import { ensureDefaultCodebook } from "../codebook/ensure-default-codebook.ts";
import { db } from "../db/client.ts";
import { addLexiconEntry } from "../lexicon/add-lexicon-entry.ts";
import { removeLexiconEntry } from "../lexicon/remove-lexicon-entry.ts";
import { acceptSuggestion } from "./accept-suggestion.ts";
import { offerSuggestions, type OfferedSuggestion } from "./offer-suggestions.ts";
import { rejectSuggestion } from "./reject-suggestion.ts";
import { restoreSuggestion } from "./restore-suggestion.ts";

const BODY =
  "“We will not negotiate under fire,” Hamas said on Monday. The militant group later rejected the plan as a brazen move.";

async function setUp() {
  await ensureDefaultCodebook(db());
  const event = await makeEvent("Rafah talks");
  const article = await makeArticle((await makeOutlet(`Outlet ${crypto.randomUUID()}`)).id, event.id, BODY);
  const hamas = await db().eventActor.create({ data: { eventId: event.id, name: "Hamas" } });
  const reviewer = await makeUser("REVIEWER");
  await pickArticle(article.id, reviewer.id);
  return { article, hamas, reviewer };
}

const find = (suggestions: OfferedSuggestion[], text: string) => suggestions.find((s) => s.tag.quotedText === text);

describe("suggestions in the workspace", () => {
  it("accepting makes the reviewer's tag with the suggestion's attributes and rule, audited", async () => {
    const { article, hamas, reviewer } = await setUp();
    const { offered } = await offerSuggestions(article.id, reviewer.id);
    const quote = find(offered, "“We will not negotiate under fire,”")!;
    const naming = find(offered, "The militant group")!;
    expect(quote.why).toContain("said");

    const tag = await acceptSuggestion(article.id, quote.key, reviewer.id);
    expect(tag).toMatchObject({
      reviewerId: reviewer.id,
      layer: "REVIEWER",
      categoryId: (await currentCategory("attribution.reported_speech")).id,
      quotedText: "“We will not negotiate under fire,”",
      actorId: hamas.id,
      suggestionRule: "quote.cue-after",
    });
    expect(tag.attributes).toEqual({
      form: "direct_quote",
      anonymous: false,
      speaker: "Hamas",
      speakerType: null,
      verb: "said",
      verbClass: "neutral",
    });
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: tag.id } });
    expect(audit).toMatchObject({ action: "annotation.create", actorId: reviewer.id });
    expect(audit.after).toMatchObject({ suggestionRule: "quote.cue-after", quotedText: tag.quotedText });

    const named = await acceptSuggestion(article.id, naming.key, reviewer.id);
    expect(named).toMatchObject({ actorId: hamas.id, suggestionRule: naming.rule, attributes: {} });

    const after = await offerSuggestions(article.id, reviewer.id);
    expect(after.offered.map((s) => s.key)).not.toContain(quote.key);
    await expect(acceptSuggestion(article.id, quote.key, reviewer.id)).rejects.toThrow("no longer open");
  });

  it("answers are the reviewer's own: another still sees the suggestion and none of their tags", async () => {
    const { article, reviewer } = await setUp();
    const other = await makeUser("REVIEWER");
    await pickArticle(article.id, other.id);
    const naming = find((await offerSuggestions(article.id, reviewer.id)).offered, "The militant group")!;
    await acceptSuggestion(article.id, naming.key, reviewer.id);

    expect((await offerSuggestions(article.id, other.id)).offered.map((s) => s.key)).toContain(naming.key);
    expect(await listVisibleTags(article.id, { id: other.id, role: "REVIEWER" })).toEqual([]);
  });

  it("a rejection hides the suggestion for that reviewer only, until they take it back", async () => {
    const { article, reviewer } = await setUp();
    const other = await makeUser("REVIEWER");
    await pickArticle(article.id, other.id);
    const quote = find(
      (await offerSuggestions(article.id, reviewer.id)).offered,
      "“We will not negotiate under fire,”",
    )!;

    await rejectSuggestion(article.id, quote.key, reviewer.id);
    await rejectSuggestion(article.id, quote.key, reviewer.id);
    const mine = await offerSuggestions(article.id, reviewer.id);
    expect(mine.offered.map((s) => s.key)).not.toContain(quote.key);
    expect(mine.rejected.map((s) => s.key)).toEqual([quote.key]);
    expect((await offerSuggestions(article.id, other.id)).offered.map((s) => s.key)).toContain(quote.key);
    const audits = await db().auditLog.findMany({ where: { entityId: article.id, action: "suggestion.reject" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: reviewer.id, after: { key: quote.key } });

    await restoreSuggestion(article.id, quote.key, reviewer.id);
    expect((await offerSuggestions(article.id, reviewer.id)).offered.map((s) => s.key)).toContain(quote.key);
    expect(await db().auditLog.count({ where: { entityId: article.id, action: "suggestion.restore" } })).toBe(1);
  });

  it("refuses an article not in the reviewer's queue, a submitted one, and an unknown id; offers nothing there", async () => {
    const { article, reviewer } = await setUp();
    const [quote] = (await offerSuggestions(article.id, reviewer.id)).offered;
    const stranger = await makeUser("REVIEWER");

    expect(await offerSuggestions(article.id, stranger.id)).toEqual({ offered: [], rejected: [] });
    await expect(acceptSuggestion(article.id, quote.key, stranger.id)).rejects.toThrow("not in your queue");
    await expect(rejectSuggestion(article.id, quote.key, stranger.id)).rejects.toThrow("not in your queue");
    await expect(acceptSuggestion(crypto.randomUUID(), quote.key, reviewer.id)).rejects.toThrow("not in your queue");

    await submitArticle(article.id, reviewer.id);
    expect(await offerSuggestions(article.id, reviewer.id)).toEqual({ offered: [], rejected: [] });
    await expect(acceptSuggestion(article.id, quote.key, reviewer.id)).rejects.toThrow("You have submitted");
    await expect(rejectSuggestion(article.id, quote.key, reviewer.id)).rejects.toThrow("You have submitted");
    expect(await db().annotation.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("a hand-made tag of the same kind answers the suggestion it overlaps", async () => {
    const { article, reviewer } = await setUp();
    const attribution = await currentCategory("attribution.reported_speech");
    const quoted = "We will not negotiate";
    const start = BODY.indexOf(quoted);
    await createTag(
      tagInputSchema.parse({
        articleId: article.id,
        categoryId: attribution.id,
        startOffset: start,
        endOffset: start + quoted.length,
        quotedText: quoted,
        attributes: { form: "direct_quote", anonymous: false },
      }),
      reviewer.id,
    );
    const { offered } = await offerSuggestions(article.id, reviewer.id);
    expect(find(offered, "“We will not negotiate under fire,”")).toBeUndefined();
    expect(find(offered, "The militant group")).toBeDefined();
  });

  it("an admin's lexicon term is suggested at once, and no longer once removed", async () => {
    const { article, reviewer } = await setUp();
    const admin = await makeUser("ADMIN");
    expect(find((await offerSuggestions(article.id, reviewer.id)).offered, "brazen")).toBeUndefined();

    const entryId = await addLexiconEntry(
      { term: "brazen", categoryCode: "loaded.intensifier", direction: null, note: null },
      admin.id,
    );
    const brazen = find((await offerSuggestions(article.id, reviewer.id)).offered, "brazen")!;
    expect(brazen.tag).toMatchObject({
      label: "Intensifier / sensational term",
      attributes: { direction: "unfavourable" },
    });
    const tag = await acceptSuggestion(article.id, brazen.key, reviewer.id);
    expect(tag.suggestionRule).toBe("loaded.lexicon");

    await removeLexiconEntry(entryId, admin.id);
    await db().annotation.delete({ where: { id: tag.id } });
    expect(find((await offerSuggestions(article.id, reviewer.id)).offered, "brazen")).toBeUndefined();
  });
});

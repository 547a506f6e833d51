import { describe, expect, it } from "vitest";
import { articleFormInputSchema } from "../annotations/article-form/article-form-input.ts";
import { createTag } from "../annotations/create-tag.ts";
import { tagInputSchema, type TagInput } from "../annotations/tag-input.ts";
import { TaggingError } from "../annotations/tagging-error.ts";
import { pickArticle } from "../assignments/pick-article.ts";
import { submitArticle } from "../assignments/submit-article.ts";
import { ensureDefaultCodebook } from "../codebook/ensure-default-codebook.ts";
import { db } from "../db/client.ts";
import { currentCategory, makeArticle, makeEvent, makeOutlet, makeUser } from "../../test/factories.ts";
import { acceptTag } from "./accept-tag.ts";
import { addGoldTag } from "./add-gold-tag.ts";
import { AdjudicationError } from "./adjudication-error.ts";
import { completeAdjudication } from "./complete-adjudication.ts";
import { editIntoGold } from "./edit-into-gold.ts";
import { listAdjudicationQueue } from "./queries/list-adjudication-queue.ts";
import { loadAdjudication } from "./queries/load-adjudication.ts";
import { rejectTags } from "./reject-tags.ts";
import { removeGoldTag } from "./remove-gold-tag.ts";
import { reopenAdjudication } from "./reopen-adjudication.ts";
import { saveGoldForm } from "./save-gold-form.ts";
import { startAdjudication } from "./start-adjudication.ts";
import { undoDecisions } from "./undo-decisions.ts";

const BODY =
  "The council approved the harbour plan on Monday. Critics called it a reckless gamble with public money. " +
  "The mayor said the plan would create jobs.";

/** An article of its own event, picked up by two reviewers, and an editor to adjudicate it. */
async function setUp() {
  await ensureDefaultCodebook(db());
  const event = await makeEvent("Harbour plan");
  const article = await makeArticle((await makeOutlet(`Outlet ${crypto.randomUUID()}`)).id, event.id, BODY);
  const mayor = await db().eventActor.create({ data: { eventId: event.id, name: "Mayor" } });
  const [ravi, rosa, editor] = await Promise.all([makeUser(), makeUser(), makeUser("EDITOR")]);
  await pickArticle(article.id, ravi.id);
  await pickArticle(article.id, rosa.id);
  const tag = async (reviewerId: string, code: string, quoted: string, extra: Partial<TagInput> = {}) => {
    const start = BODY.indexOf(quoted);
    const input = { articleId: article.id, categoryId: (await currentCategory(code)).id, quotedText: quoted };
    return createTag(
      tagInputSchema.parse({ ...input, startOffset: start, endOffset: start + quoted.length, ...extra }),
      reviewerId,
    );
  };
  const submitBoth = () => Promise.all([submitArticle(article.id, ravi.id), submitArticle(article.id, rosa.id)]);
  return { article, event, mayor, ravi, rosa, editor, tag, submitBoth };
}

const decisionOf = (annotationId: string) => db().adjudicationDecision.findUnique({ where: { annotationId } });
const auditsOf = (entityId: string, action = "") =>
  db().auditLog.findMany({
    where: { entityId, action: { startsWith: action } },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true },
  });

describe("adjudication", () => {
  it("is refused until every assigned reviewer has submitted, and to reviewers", async () => {
    const { article, ravi, rosa, editor, tag } = await setUp();
    const gamble = await tag(ravi.id, "frame.economic", "reckless gamble");
    await submitArticle(article.id, ravi.id);

    await expect(startAdjudication(article.id, editor.id)).rejects.toThrow("One assigned reviewer has not submitted");
    await submitArticle(article.id, rosa.id);
    await expect(startAdjudication(article.id, ravi.id)).rejects.toThrow("Only editors and admins adjudicate");
    await expect(acceptTag({ articleId: article.id, annotationId: gamble.id }, editor.id)).rejects.toThrow(
      "Start adjudicating this article first",
    );

    await startAdjudication(article.id, editor.id);
    await startAdjudication(article.id, editor.id);
    await expect(acceptTag({ articleId: article.id, annotationId: gamble.id }, ravi.id)).rejects.toThrow(
      AdjudicationError,
    );
    expect(await auditsOf(article.id)).toContainEqual({ action: "adjudication.start", actorId: editor.id });
    expect(await db().auditLog.count({ where: { entityId: article.id, action: "adjudication.start" } })).toBe(1);

    // A reviewer added later who has not submitted holds everything up again.
    const late = await makeUser();
    await pickArticle(article.id, late.id);
    await expect(acceptTag({ articleId: article.id, annotationId: gamble.id }, editor.id)).rejects.toThrow(
      "not submitted this article yet",
    );
  });

  it("accepts a version into gold with its identical counterpart, rejects the differing one, and undoes", async () => {
    const { article, ravi, rosa, editor, tag, submitBoth } = await setUp();
    const direction = { attributes: { direction: "unfavourable" } };
    const [raviGamble, rosaGamble] = [
      await tag(ravi.id, "loaded.loaded_term", "reckless gamble", direction),
      await tag(rosa.id, "loaded.loaded_term", "reckless gamble", direction),
    ];
    const [raviPlan, rosaPlan] = [
      await tag(ravi.id, "frame.economic", "approved the harbour plan"),
      await tag(rosa.id, "frame.economic", "council approved the harbour plan on Monday"),
    ];
    await submitBoth();
    await startAdjudication(article.id, editor.id);

    const gold = await acceptTag({ articleId: article.id, annotationId: raviGamble.id }, editor.id);
    expect(gold).toMatchObject({ layer: "GOLD", reviewerId: editor.id, quotedText: "reckless gamble" });
    expect(await decisionOf(rosaGamble.id)).toMatchObject({ verdict: "ACCEPTED", goldAnnotationId: gold.id });
    expect(await auditsOf(rosaGamble.id, "adjudication.")).toEqual([
      { action: "adjudication.accepted", actorId: editor.id },
    ]);
    expect(await auditsOf(gold.id)).toEqual([{ action: "annotation.create", actorId: editor.id }]);

    const rosaGold = await acceptTag({ articleId: article.id, annotationId: rosaPlan.id }, editor.id);
    expect(await decisionOf(raviPlan.id)).toMatchObject({ verdict: "REJECTED", goldAnnotationId: null });
    await expect(acceptTag({ articleId: article.id, annotationId: rosaPlan.id }, editor.id)).rejects.toThrow(
      "in gold already",
    );
    // A rejected version may still be accepted on its own, as a second gold tag.
    const raviGold = await acceptTag({ articleId: article.id, annotationId: raviPlan.id }, editor.id);
    expect(await decisionOf(raviPlan.id)).toMatchObject({ verdict: "ACCEPTED", goldAnnotationId: raviGold.id });

    await undoDecisions({ articleId: article.id, annotationIds: [raviPlan.id] }, editor.id);
    expect(await decisionOf(raviPlan.id)).toBeNull();
    expect(await db().annotation.count({ where: { id: raviGold.id } })).toBe(0);
    expect(await db().annotation.count({ where: { id: rosaGold.id } })).toBe(1);
    // Two decisions point at the shared gold tag: it goes with the second undo only.
    await undoDecisions({ articleId: article.id, annotationIds: [raviGamble.id] }, editor.id);
    expect(await db().annotation.count({ where: { id: gold.id } })).toBe(1);
    await undoDecisions({ articleId: article.id, annotationIds: [rosaGamble.id] }, editor.id);
    expect(await db().annotation.count({ where: { id: gold.id } })).toBe(0);
    expect((await auditsOf(rosaGamble.id, "adjudication.")).map((entry) => entry.action)).toEqual([
      "adjudication.accepted",
      "adjudication.undo",
    ]);
    await expect(undoDecisions({ articleId: article.id, annotationIds: [rosaGamble.id] }, editor.id)).rejects.toThrow(
      "no decision to undo",
    );
  });

  it("edits a version into gold, snapped to words and checked like a reviewer's tag", async () => {
    const { article, mayor, ravi, rosa, editor, tag, submitBoth } = await setUp();
    const speech = "the plan would create jobs";
    const attributes = { form: "indirect", anonymous: false, speaker: "The mayor", verb: "said" };
    const raviSpeech = await tag(ravi.id, "attribution.reported_speech", speech, { attributes });
    const rosaSpeech = await tag(rosa.id, "attribution.reported_speech", speech, {
      attributes: { ...attributes, form: "direct_quote" },
    });
    await submitBoth();
    await startAdjudication(article.id, editor.id);
    const start = BODY.indexOf(speech);
    const edit = (changes: Partial<TagInput>) => ({
      annotationId: raviSpeech.id,
      tag: tagInputSchema.parse({
        articleId: article.id,
        categoryId: raviSpeech.categoryId,
        startOffset: start + 5, // inside "plan": snapped out to the whole word
        endOffset: start + speech.length,
        quotedText: speech.slice(5),
        attributes,
        ...changes,
      }),
    });

    await expect(editIntoGold(edit({ attributes: { ...attributes, form: "rumour" } }), editor.id)).rejects.toThrow(
      TaggingError,
    );
    const gold = await editIntoGold(edit({ actorId: mayor.id }), editor.id);
    expect(gold).toMatchObject({ layer: "GOLD", quotedText: "plan would create jobs", actorId: mayor.id });
    expect(await decisionOf(raviSpeech.id)).toMatchObject({ verdict: "EDITED", goldAnnotationId: gold.id });
    expect(await decisionOf(rosaSpeech.id)).toMatchObject({ verdict: "REJECTED" });
    expect(await auditsOf(raviSpeech.id, "adjudication.")).toEqual([
      { action: "adjudication.edited", actorId: editor.id },
    ]);
  });

  it("rejects, refuses to complete while tags are undecided, completes, reopens, all audited", async () => {
    const { article, ravi, rosa, editor, tag, submitBoth } = await setUp();
    const [raviCritics, rosaCritics] = [
      await tag(ravi.id, "frame.conflict", "Critics called it a reckless gamble"),
      await tag(rosa.id, "frame.conflict", "Critics called it a reckless gamble"),
    ];
    const onlyRosa = await tag(rosa.id, "frame.economic", "public money");
    await submitBoth();
    await startAdjudication(article.id, editor.id);

    await rejectTags({ articleId: article.id, annotationIds: [raviCritics.id] }, editor.id);
    expect(await decisionOf(rosaCritics.id)).toMatchObject({ verdict: "REJECTED", goldAnnotationId: null });
    await expect(completeAdjudication(article.id, editor.id)).rejects.toThrow("1 reviewer tag is still undecided");

    const added = await addGoldTag(
      tagInputSchema.parse({
        articleId: article.id,
        categoryId: (await currentCategory("frame.economic")).id,
        startOffset: BODY.indexOf("create jobs"),
        endOffset: BODY.indexOf("create jobs") + "create jobs".length,
        quotedText: "create jobs",
      }),
      editor.id,
    );
    await rejectTags({ articleId: article.id, annotationIds: [onlyRosa.id] }, editor.id);
    await completeAdjudication(article.id, editor.id);
    expect(await db().adjudication.findUnique({ where: { articleId: article.id } })).toMatchObject({
      adjudicatorId: editor.id,
      completedAt: expect.any(Date),
    });
    await expect(removeGoldTag({ articleId: article.id, goldTagId: added.id }, editor.id)).rejects.toThrow("Reopen it");

    await reopenAdjudication(article.id, editor.id);
    await removeGoldTag({ articleId: article.id, goldTagId: added.id }, editor.id);
    expect((await auditsOf(article.id)).map((entry) => entry.action)).toEqual([
      "assignment.pick",
      "assignment.pick",
      "assignment.submit",
      "assignment.submit",
      "adjudication.start",
      "adjudication.complete",
      "adjudication.reopen",
    ]);
    expect((await auditsOf(added.id)).map((entry) => entry.action)).toEqual(["annotation.create", "annotation.delete"]);
  });

  it("saves the gold form under the reviewers' codebook version, refusing stale edits and foreign frames", async () => {
    const { article, mayor, ravi, editor, tag, submitBoth } = await setUp();
    await tag(ravi.id, "frame.economic", "public money");
    await submitBoth();
    await startAdjudication(article.id, editor.id);
    const economic = await currentCategory("frame.economic");
    const quote = await currentCategory("attribution.reported_speech");
    const form = (fields: object) => articleFormInputSchema.parse({ articleId: article.id, revision: null, ...fields });

    await expect(saveGoldForm(form({ primaryFrameId: quote.id }), editor.id)).rejects.toThrow("Choose the frames");
    const saved = await saveGoldForm(
      form({ primaryFrameId: economic.id, tones: [{ actorId: mayor.id, tone: -1 }] }),
      editor.id,
    );
    expect(saved).toMatchObject({ layer: "GOLD", reviewerId: editor.id, versionId: economic.versionId, revision: 1 });
    await expect(saveGoldForm(form({ headlineFrameId: economic.id }), editor.id)).rejects.toThrow("changed meanwhile");
    const edited = await saveGoldForm(form({ headlineFrameId: economic.id, revision: 1 }), editor.id);
    expect(edited).toMatchObject({ primaryFrameId: null, headlineFrameId: economic.id, revision: 2, tones: [] });
    expect((await auditsOf(saved.id)).map((entry) => entry.action)).toEqual([
      "article_form.create",
      "article_form.update",
    ]);
  });

  it("lists ready articles with their progress, and shows the page's units with the gold they became", async () => {
    const { article, event, ravi, rosa, editor, tag, submitBoth } = await setUp();
    const raviPlan = await tag(ravi.id, "frame.economic", "approved the harbour plan");
    await tag(rosa.id, "frame.economic", "council approved the harbour plan on Monday");
    await tag(rosa.id, "frame.conflict", "Critics called it a reckless gamble");
    const queued = async () => (await listAdjudicationQueue(event.id)).map((row) => row.articleId);

    expect(await queued()).toEqual([]);
    await submitBoth();
    expect(await listAdjudicationQueue(event.id)).toEqual([
      expect.objectContaining({ articleId: article.id, reviewerTags: 3, decided: 0, startedAt: null }),
    ]);
    await startAdjudication(article.id, editor.id);
    await acceptTag({ articleId: article.id, annotationId: raviPlan.id }, editor.id);
    expect((await listAdjudicationQueue(null)).find((row) => row.articleId === article.id)).toMatchObject({
      reviewerTags: 3,
      decided: 2,
      startedAt: expect.any(Date),
      completedAt: null,
      adjudicatorName: editor.name,
    });

    const view = (await loadAdjudication(article.id))!;
    expect(view.ready).toBe(true);
    expect(view.progress).toEqual({ decided: 2, total: 3 });
    expect(view.units.map((unit) => [unit.label, unit.status, unit.differences.span, unit.gold.length])).toEqual([
      ["Economic", "differs", true, 1],
      ["Conflict", "missing", false, 0],
    ]);
  });
});

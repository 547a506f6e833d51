import { describe, expect, it } from "vitest";
import { ensureDefaultCodebook } from "../codebook/ensure-default-codebook.ts";
import { db } from "../db/client.ts";
import { makeArticle, makeEvent, makeOutlet, makeUser } from "../../test/factories.ts";
import { assignEventArticles } from "./assign-event-articles.ts";
import { AssignmentError } from "./assignment-error.ts";
import { pickArticle } from "./pick-article.ts";
import { listPickableArticles } from "./pickable-articles.ts";
import { listReviewerQueue } from "./reviewer-queue.ts";
import { countEventAssignmentsPerReviewer } from "./reviewer-progress.ts";
import { submitArticle } from "./submit-article.ts";
import { unassignReviewer } from "./unassign-reviewer.ts";

async function eventWithArticles(count: number) {
  const outlet = await makeOutlet(`Outlet ${crypto.randomUUID()}`);
  const event = await makeEvent("Rafah talks");
  const articles = [];
  for (let i = 0; i < count; i++) articles.push(await makeArticle(outlet.id, event.id));
  return { event, articles };
}

const assignmentsOf = (eventId: string) =>
  db().assignment.findMany({ where: { article: { eventId } }, orderBy: [{ articleId: "asc" }, { reviewerId: "asc" }] });

describe("assignEventArticles", () => {
  it("gives each article two distinct reviewers, balanced, in one audited write, and adds nothing when rerun", async () => {
    const { event, articles } = await eventWithArticles(5);
    const [editor, ravi, rosa, ada] = [
      await makeUser("EDITOR"),
      await makeUser(),
      await makeUser(),
      await makeUser("ADMIN"),
    ];
    const input = { reviewerIds: [ravi.id, rosa.id, ada.id], perArticle: 2, onlyUnassigned: false };

    expect(await assignEventArticles(event.id, input, editor.id)).toEqual({
      created: 10,
      articles: 5,
      alreadyCovered: 0,
    });
    const assignments = await assignmentsOf(event.id);
    expect(assignments.every((assignment) => assignment.assignedById === editor.id)).toBe(true);
    for (const article of articles)
      expect(assignments.filter((assignment) => assignment.articleId === article.id)).toHaveLength(2);
    const loads = (await countEventAssignmentsPerReviewer(event.id)).filter((row) => row.assigned > 0);
    expect(loads.map((row) => row.assigned).sort()).toEqual([3, 3, 4]);
    const audits = await db().auditLog.findMany({ where: { action: "assignment.assign", entityId: event.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: editor.id, after: { perArticle: 2, assignments: expect.any(Array) } });

    expect(await assignEventArticles(event.id, input, editor.id)).toEqual({
      created: 0,
      articles: 0,
      alreadyCovered: 5,
    });
    expect(await assignmentsOf(event.id)).toHaveLength(10);
  });

  it("tops up picked articles, counts open work, and with onlyUnassigned leaves assigned articles alone", async () => {
    const { event, articles } = await eventWithArticles(4);
    const [editor, ravi, rosa] = [await makeUser("EDITOR"), await makeUser(), await makeUser()];
    await pickArticle(articles[0]!.id, ravi.id);
    await pickArticle(articles[1]!.id, ravi.id);

    const onlyNew = { reviewerIds: [ravi.id, rosa.id], perArticle: 1, onlyUnassigned: true };
    expect(await assignEventArticles(event.id, onlyNew, editor.id)).toEqual({
      created: 2,
      articles: 2,
      alreadyCovered: 2,
    });
    // Ravi already holds two open articles, so both new ones go to Rosa.
    const rows = await countEventAssignmentsPerReviewer(event.id);
    expect(rows.find((row) => row.reviewerId === ravi.id)).toMatchObject({ assigned: 2, submitted: 0 });
    expect(rows.find((row) => row.reviewerId === rosa.id)).toMatchObject({ assigned: 2, submitted: 0 });

    const topUp = { reviewerIds: [ravi.id, rosa.id], perArticle: 2, onlyUnassigned: false };
    expect(await assignEventArticles(event.id, topUp, editor.id)).toEqual({
      created: 4,
      articles: 4,
      alreadyCovered: 0,
    });
    expect(await assignmentsOf(event.id)).toHaveLength(8);
  });

  it("refuses reviewers who are disabled or cannot tag", async () => {
    const { event } = await eventWithArticles(1);
    const [editor, ravi] = [await makeUser("EDITOR"), await makeUser()];
    const disabled = await makeUser();
    await db().user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    for (const other of [editor.id, disabled.id]) {
      const input = { reviewerIds: [ravi.id, other], perArticle: 1, onlyUnassigned: false };
      await expect(assignEventArticles(event.id, input, editor.id)).rejects.toThrow(AssignmentError);
    }
    expect(await assignmentsOf(event.id)).toHaveLength(0);
  });
});

describe("unassignReviewer", () => {
  it("takes back open work with an audit entry, but never submitted work", async () => {
    const { event, articles } = await eventWithArticles(2);
    const [editor, ravi] = [await makeUser("EDITOR"), await makeUser()];
    await assignEventArticles(event.id, { reviewerIds: [ravi.id], perArticle: 1, onlyUnassigned: false }, editor.id);
    await submitArticle(articles[1]!.id, ravi.id);

    await unassignReviewer(articles[0]!.id, ravi.id, editor.id);
    expect(await db().auditLog.count({ where: { action: "assignment.unassign", entityId: articles[0]!.id } })).toBe(1);
    await expect(unassignReviewer(articles[0]!.id, ravi.id, editor.id)).rejects.toThrow("no longer assigned");
    await expect(unassignReviewer(articles[1]!.id, ravi.id, editor.id)).rejects.toThrow("has submitted");
    expect(await assignmentsOf(event.id)).toHaveLength(1);
  });
});

describe("a reviewer's queue", () => {
  it("lists their articles with their own tag count and who assigned them, and offers the rest to pick up", async () => {
    const { event, articles } = await eventWithArticles(3);
    const [editor, ravi, rosa] = [await makeUser("EDITOR"), await makeUser(), await makeUser()];
    await assignEventArticles(event.id, { reviewerIds: [ravi.id], perArticle: 1, onlyUnassigned: false }, editor.id);
    await unassignReviewer(articles[2]!.id, ravi.id, editor.id);
    await pickArticle(articles[2]!.id, rosa.id);
    await ensureDefaultCodebook(db());
    const category = await db().codebookCategory.findFirstOrThrow();
    const tag = {
      articleId: articles[0]!.id,
      categoryId: category.id,
      startOffset: 0,
      endOffset: 4,
      quotedText: "Body",
    };
    await db().annotation.createMany({
      data: [
        { ...tag, reviewerId: ravi.id },
        { ...tag, reviewerId: rosa.id },
      ],
    });

    const queue = await listReviewerQueue(ravi.id);
    expect(queue.map((row) => [row.articleId, row.tags]).sort()).toEqual(
      [
        [articles[0]!.id, 1],
        [articles[1]!.id, 0],
      ].sort(),
    );
    expect(queue[0]).toMatchObject({ eventId: event.id, assignedByName: editor.name, pickedUp: false });
    expect((await listReviewerQueue(rosa.id))[0]).toMatchObject({ assignedByName: null, pickedUp: true });

    const pickable = (await listPickableArticles(ravi.id)).filter((row) => row.eventId === event.id);
    expect(pickable).toEqual([expect.objectContaining({ articleId: articles[2]!.id, reviewers: 1 })]);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { makeArticle, makeEvent, makeOutlet, makeUser } from "../../test/factories.ts";
import { MoveArticlesError, moveArticlesToEvent } from "./move-articles.ts";

async function twoEventsWithArticles(story: string) {
  const [reviewer, outlet] = await Promise.all([makeUser("REVIEWER"), makeOutlet(`${story} Wire`)]);
  const [from, to] = await Promise.all([makeEvent(story), makeEvent(`${story} talks`)]);
  const articles = await Promise.all([makeArticle(outlet.id, from.id), makeArticle(outlet.id, from.id)]);
  return { reviewer, from, to, articles };
}

describe("moveArticlesToEvent", () => {
  it("files the chosen articles under the target event with one audit entry per article", async () => {
    const { reviewer, from, to, articles } = await twoEventsWithArticles("Port strike");

    const result = await moveArticlesToEvent(
      from.id,
      { articleIds: [articles[0].id], targetEventId: to.id },
      reviewer.id,
    );

    expect(result).toEqual({ moved: 1, targetTitle: "Port strike talks" });
    const eventOf = async (id: string) => (await db().article.findUniqueOrThrow({ where: { id } })).eventId;
    expect(await eventOf(articles[0].id)).toBe(to.id);
    expect(await eventOf(articles[1].id)).toBe(from.id);
    const audit = await db().auditLog.findMany({ where: { action: "article.move", actorId: reviewer.id } });
    expect(audit).toEqual([
      expect.objectContaining({
        actorId: reviewer.id,
        entityType: "article",
        entityId: articles[0].id,
        before: { eventId: from.id },
        after: { eventId: to.id },
      }),
    ]);
  });

  it("moves nothing when one of the articles has left the source event meanwhile", async () => {
    const { reviewer, from, to, articles } = await twoEventsWithArticles("Rail strike");
    await db().article.update({ where: { id: articles[1].id }, data: { eventId: to.id } });

    await expect(
      moveArticlesToEvent(from.id, { articleIds: articles.map((a) => a.id), targetEventId: to.id }, reviewer.id),
    ).rejects.toThrow(MoveArticlesError);

    expect(await db().article.count({ where: { eventId: from.id } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "article.move", actorId: reviewer.id } })).toBe(0);
  });

  it("refuses to move articles into the event they are already in", async () => {
    const { reviewer, from, articles } = await twoEventsWithArticles("Bus strike");
    await expect(
      moveArticlesToEvent(from.id, { articleIds: [articles[0].id], targetEventId: from.id }, reviewer.id),
    ).rejects.toThrow("already in this event");
  });
});

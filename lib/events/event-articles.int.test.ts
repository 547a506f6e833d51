import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { makeArticle, makeEvent, makeOutlet } from "../../test/factories.ts";
import { listEventArticles } from "./event-articles.ts";

describe("listEventArticles", () => {
  it("lists only the event's articles, by outlet name, with the outlet each copy came from", async () => {
    const [wire, paper] = await Promise.all([makeOutlet("Zeta Wire"), makeOutlet("Alpha Paper")]);
    const [event, other] = await Promise.all([makeEvent("Ferry sinking"), makeEvent("Elsewhere")]);
    const original = await makeArticle(wire.id, event.id);
    const copy = await makeArticle(paper.id, event.id);
    await makeArticle(paper.id, other.id);
    await db().article.update({ where: { id: copy.id }, data: { syndicatedFromId: original.id } });

    const articles = await listEventArticles(event.id);

    expect(articles.map((a) => [a.id, a.syndicatedFrom?.outlet.name ?? null])).toEqual([
      [copy.id, "Zeta Wire"],
      [original.id, null],
    ]);
  });
});

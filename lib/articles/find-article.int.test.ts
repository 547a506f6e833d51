import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { makeArticle, makeEvent, makeOutlet, makeUser } from "../../test/factories.ts";
import { articleExists } from "./article-exists.ts";
import { findArticle } from "./find-article.ts";

describe("findArticle", () => {
  it("gives the article with its outlet, event, import batch and syndication links both ways", async () => {
    const [reviewer, wire, paper, radio] = await Promise.all([
      makeUser("REVIEWER"),
      makeOutlet("Find Wire"),
      makeOutlet("Find Paper"),
      makeOutlet("Find Radio"),
    ]);
    const event = await makeEvent("Found story");
    const batch = await db().importBatch.create({
      data: { createdById: reviewer.id, sourceKind: "csv", sourceName: "week.csv", status: "COMPLETED" },
    });
    const original = await makeArticle(wire.id, event.id, "The wire story.\n\nSecond paragraph.");
    await db().article.update({ where: { id: original.id }, data: { batchId: batch.id } });
    const copies = [await makeArticle(paper.id, event.id), await makeArticle(radio.id, null)];
    for (const [index, copy] of copies.entries())
      await db().article.update({
        where: { id: copy.id },
        data: { syndicatedFromId: original.id, syndicationSimilarity: 0.9 - index / 10 },
      });

    const found = await findArticle(original.id);
    const copy = await findArticle(copies[0].id);

    expect(found).toMatchObject({
      bodyText: "The wire story.\n\nSecond paragraph.",
      outlet: { name: "Find Wire" },
      event: { id: event.id, title: "Found story" },
      batch: { id: batch.id, sourceKind: "csv", sourceName: "week.csv", createdBy: { name: "Test REVIEWER" } },
      syndicatedFrom: null,
    });
    expect(found?.syndicatedCopies.map((c) => [c.outlet.name, c.syndicationSimilarity])).toEqual(
      expect.arrayContaining([
        ["Find Paper", 0.9],
        ["Find Radio", 0.8],
      ]),
    );
    expect(copy).toMatchObject({ syndicationSimilarity: 0.9, syndicatedFrom: { id: original.id } });
    expect(await findArticle(randomUUID())).toBeNull();
  });
});

describe("articleExists", () => {
  it("says whether an article with the id is stored", async () => {
    const outlet = await makeOutlet("Exists Wire");
    const article = await makeArticle(outlet.id, null);
    expect(await articleExists(article.id)).toBe(true);
    expect(await articleExists(randomUUID())).toBe(false);
  });
});

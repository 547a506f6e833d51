import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { makeArticle, makeOutlet, makeUser } from "../../test/factories.ts";
import { mergeOutlets, OutletMergeError } from "./merge-outlets.ts";
import { tagArticle } from "./test-tags.ts";

// Each test's outlets get their own names: the tests of this file share one database.
async function makeDuplicatePair(suffix: string) {
  const source = await db().outlet.create({
    data: {
      name: `LBCI ${suffix}`,
      aliases: [`LBC ${suffix}`],
      domains: { create: [{ domain: `lbci${suffix}.example` }] },
    },
  });
  const target = await makeOutlet(`LBCI Group ${suffix}`);
  const kept = await makeArticle(target.id, null, "The same story, stored twice.");
  const copy = await makeArticle(source.id, null, "The same story, stored twice.");
  return { source, target, kept, copy };
}

describe("mergeOutlets", () => {
  it("moves articles, domains, name and aliases to the target, deletes the source and audits it", async () => {
    const admin = await makeUser("ADMIN");
    const { source, target, kept, copy } = await makeDuplicatePair("1");
    const moved = await makeArticle(source.id, null);
    const wireCopy = await db().article.update({
      where: { id: (await makeArticle((await makeOutlet("Wire Reprints")).id, null)).id },
      data: { syndicatedFromId: copy.id, syndicationSimilarity: 0.9 },
    });

    const result = await mergeOutlets(source.id, target.id, admin.id);

    expect(result).toEqual({
      sourceName: "LBCI 1",
      movedArticles: 1,
      droppedArticles: [{ id: copy.id, title: copy.title }],
    });
    expect(await db().outlet.findUnique({ where: { id: source.id } })).toBeNull();
    const merged = await db().outlet.findUniqueOrThrow({
      where: { id: target.id },
      include: { domains: { orderBy: { domain: "asc" } }, articles: { orderBy: { importedAt: "asc" } } },
    });
    expect(merged.aliases).toEqual(["LBCI 1", "LBC 1"]);
    expect(merged.domains.map((d) => d.domain)).toEqual(["lbci1.example", "lbcigroup1.example"]);
    expect(merged.articles.map((a) => a.id)).toEqual([kept.id, moved.id]);
    expect(await db().article.findUnique({ where: { id: copy.id } })).toBeNull();
    expect(await db().article.findUniqueOrThrow({ where: { id: wireCopy.id } })).toMatchObject({
      syndicatedFromId: kept.id,
      syndicationSimilarity: 0.9,
    });

    const audit = await db().auditLog.findFirstOrThrow({ where: { action: "outlet.merge", entityId: target.id } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.before).toMatchObject({
      source: { id: source.id, name: "LBCI 1", aliases: ["LBC 1"], domains: ["lbci1.example"], articles: 2 },
      target: { id: target.id, name: "LBCI Group 1", aliases: [], articles: 1 },
    });
    expect(audit.after).toMatchObject({
      target: { aliases: ["LBCI 1", "LBC 1"], domains: ["lbci1.example", "lbcigroup1.example"], articles: 2 },
      movedArticles: 1,
      droppedArticles: [{ id: copy.id, title: copy.title }],
    });
  });

  it("unlinks the kept copy when it was syndicated from the dropped one", async () => {
    const admin = await makeUser("ADMIN");
    const { source, target, kept, copy } = await makeDuplicatePair("2");
    await db().article.update({
      where: { id: kept.id },
      data: { syndicatedFromId: copy.id, syndicationSimilarity: 1 },
    });

    await mergeOutlets(source.id, target.id, admin.id);

    expect(await db().article.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({
      syndicatedFromId: null,
      syndicationSimilarity: null,
    });
  });

  it("refuses, changing nothing, when a duplicate to drop carries reviewers' tags", async () => {
    const admin = await makeUser("ADMIN");
    const { source, target, copy } = await makeDuplicatePair("3");
    await tagArticle(copy.id);

    await expect(mergeOutlets(source.id, target.id, admin.id)).rejects.toThrow(
      new OutletMergeError(
        `Nothing was merged. These articles of LBCI 3 are also stored under LBCI Group 3 and carry reviewers' tags, ` +
          `which merging would delete: “${copy.title}”.`,
      ),
    );
    expect(await db().article.findUniqueOrThrow({ where: { id: copy.id } })).toMatchObject({ outletId: source.id });
    expect(await db().outlet.findUnique({ where: { id: source.id } })).not.toBeNull();
    expect(await db().auditLog.count({ where: { action: "outlet.merge", entityId: target.id } })).toBe(0);
  });

  it("refuses to merge an outlet into itself", async () => {
    const admin = await makeUser("ADMIN");
    const outlet = await makeOutlet("Lonely Outlet");
    await expect(mergeOutlets(outlet.id, outlet.id, admin.id)).rejects.toThrow(OutletMergeError);
  });

  it("lets two merges of the same pair run at once: one merges, the other finds the source gone", async () => {
    const admin = await makeUser("ADMIN");
    const [source, target] = await Promise.all([makeOutlet("Racing Source"), makeOutlet("Racing Target")]);
    await makeArticle(source.id, null);

    const outcomes = await Promise.allSettled([
      mergeOutlets(source.id, target.id, admin.id),
      mergeOutlets(source.id, target.id, admin.id),
    ]);

    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(outcomes.find((outcome) => outcome.status === "rejected")).toMatchObject({
      reason: expect.any(OutletMergeError),
    });
    expect(await db().article.count({ where: { outletId: target.id } })).toBe(1);
  });
});

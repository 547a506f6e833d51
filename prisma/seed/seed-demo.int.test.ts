import { describe, expect, it } from "vitest";
import { ATTRIBUTES_BY_KIND, LINKS_BY_KIND } from "../../lib/annotations/attributes.ts";
import { db } from "../../lib/db/client.ts";
import { DEMO_ARTICLES, DEMO_OUTLETS } from "./demo-data.ts";
import { DEMO_TAGGING } from "./demo-tags.ts";
import { DEMO_USERS } from "./demo-users.ts";
import { seedDemoData } from "./seed-demo.ts";

const counts = async () => ({
  users: await db().user.count(),
  outlets: await db().outlet.count(),
  events: await db().event.count(),
  articles: await db().article.count(),
});

describe("seedDemoData", () => {
  it("loads one event covered by at least five outlets, and changes nothing when run again", async () => {
    await seedDemoData(db());
    const first = await counts();
    await seedDemoData(db());

    expect(await counts()).toEqual(first);
    expect(first).toEqual({
      users: DEMO_USERS.length,
      outlets: DEMO_OUTLETS.length,
      events: 1,
      articles: DEMO_ARTICLES.length,
    });
    expect(DEMO_OUTLETS.length).toBeGreaterThanOrEqual(5);
    const outletsWithArticles = await db().article.groupBy({ by: ["outletId"], _count: true });
    expect(outletsWithArticles).toHaveLength(DEMO_OUTLETS.length);
  });

  it("arrives tagged by both reviewers, with valid tags and a partly adjudicated gold, once", async () => {
    await seedDemoData(db());
    const before = await db().annotation.count();
    await seedDemoData(db());
    expect(await db().annotation.count()).toBe(before);

    const tags = await db().annotation.findMany({
      include: { category: true, article: { select: { bodyText: true } } },
    });
    for (const tag of tags) {
      expect(tag.article.bodyText.slice(tag.startOffset, tag.endOffset)).toBe(tag.quotedText);
      expect(ATTRIBUTES_BY_KIND[tag.category.kind].safeParse(tag.attributes).success).toBe(true);
      const links = LINKS_BY_KIND[tag.category.kind];
      if (links.actor === "required") expect(tag.actorId).not.toBeNull();
      if (links.actor === "none") expect(tag.actorId).toBeNull();
      if (!links.claim) expect(tag.claimId).toBeNull();
    }
    const byLayer = await db().annotation.groupBy({ by: ["layer"], _count: true });
    expect(Object.fromEntries(byLayer.map((row) => [row.layer, row._count]))).toMatchObject({
      REVIEWER: expect.any(Number),
      GOLD: expect.any(Number),
    });
    const submitted = await db().assignment.count({ where: { submittedAt: { not: null } } });
    expect(submitted).toBe(DEMO_TAGGING.reduce((sum, tagging) => sum + tagging.submitted.length, 0));
    const adjudications = await db().adjudication.findMany();
    expect(adjudications.map((row) => row.completedAt !== null).sort()).toEqual([false, true, true]);
    expect(await db().articleForm.count({ where: { layer: "GOLD" } })).toBe(2);
  });
});

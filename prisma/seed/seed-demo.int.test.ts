import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client.ts";
import { DEMO_ARTICLES, DEMO_OUTLETS } from "./demo-data.ts";
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
});

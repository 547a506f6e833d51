import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { makeArticle, makeEvent, makeOutlet } from "../../test/factories.ts";
import { suggestEvents } from "./suggest-events.ts";

describe("suggestEvents", () => {
  it("ranks the event whose articles share words and dates with the import first", async () => {
    const outlet = await makeOutlet("Wire");
    const fire = await makeEvent("Chemical plant fire in Port Calder", "2026-03-10");
    const budget = await makeEvent("City budget vote", "2026-03-10");
    const article = await makeArticle(outlet.id, fire.id);
    await db().article.update({ where: { id: article.id }, data: { title: "Evacuations after polymer plant blaze" } });

    const suggestions = await suggestEvents([
      { title: "Polymer plant blaze forces evacuations", publishedAt: new Date("2026-03-11T09:00:00Z") },
    ]);

    expect(suggestions[0]).toMatchObject({ id: fire.id, articles: 1 });
    expect(suggestions.map((s) => s.id)).not.toContain(budget.id);
  });

  it("suggests nothing for titles without searchable words", async () => {
    expect(await suggestEvents([{ title: "!!", publishedAt: null }])).toEqual([]);
  });
});

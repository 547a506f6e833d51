import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { makeArticle, makeEvent, makeOutlet } from "../../test/factories.ts";
import { suggestEvents } from "./suggest-events.ts";

async function eventWithArticleTitle(eventTitle: string, date: string, articleTitle: string) {
  const event = await makeEvent(eventTitle, date);
  const article = await makeArticle((await makeOutlet(`Outlet ${randomUUID()}`)).id, event.id);
  await db().article.update({ where: { id: article.id }, data: { title: articleTitle } });
  return event;
}

describe("suggestEvents", () => {
  it("marks as relevant an event sharing enough words and dates with the import, and says why", async () => {
    const fire = await eventWithArticleTitle(
      "Chemical plant fire in Port Calder",
      "2026-03-10",
      "Evacuations after polymer plant blaze",
    );
    const budget = await makeEvent("City budget vote", "2026-03-10");

    const suggestions = await suggestEvents([
      { title: "Polymer plant blaze forces evacuations", publishedAt: new Date("2026-03-11T09:00:00Z") },
    ]);

    expect(suggestions[0]).toMatchObject({ id: fire.id, articles: 1, daysApart: 1, relevant: true });
    expect(suggestions[0].sharedWords).toEqual(["blaze", "evacuations", "plant", "polymer"]);
    expect(suggestions.map((s) => s.id)).not.toContain(budget.id);
  });

  it("does not pre-select an event from another year, however many words it shares", async () => {
    await eventWithArticleTitle("Chemical plant fire in Port Calder", "2026-03-10", "Plant fire: residents evacuated");
    const suggestions = await suggestEvents([
      {
        title: "Israeli strikes hit Rafah as fire spreads through camp, residents evacuated from plant area",
        publishedAt: new Date("2024-06-05T09:00:00Z"),
      },
    ]);
    expect(suggestions[0]).toMatchObject({
      relevant: false,
      daysApart: (Date.UTC(2026, 2, 10) - Date.UTC(2024, 5, 5)) / 86_400_000,
    });
  });

  it("does not pre-select on dates alone, nor for undated articles", async () => {
    await eventWithArticleTitle("Ceasefire talks in Cairo", "2024-06-05", "Hamas delegation arrives in Cairo");
    const fewWords = await suggestEvents([{ title: "Talks stall", publishedAt: new Date("2024-06-05T12:00:00Z") }]);
    const undated = await suggestEvents([
      { title: "Hamas delegation arrives in Cairo for ceasefire talks", publishedAt: null },
    ]);
    expect(fewWords.map((s) => s.relevant)).toEqual([false]);
    expect(undated[0]).toMatchObject({ relevant: false, daysApart: null });
  });

  it("suggests nothing for titles without searchable words", async () => {
    expect(await suggestEvents([{ title: "!!", publishedAt: null }])).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "../../db/client.ts";
import { adjudicate, articleForm, articleOf, assign, compareFixture, outletNamed, tag } from "../compare-fixture.ts";
import { DEFAULT_FILTERS } from "../filters.ts";
import { countArticlesOverTime } from "./count-articles-over-time.ts";
import { listSyndication } from "./list-syndication.ts";
import { measureLoadedLanguage } from "./measure-loaded-language.ts";
import { measureTone } from "./measure-tone.ts";
import { passagesFor } from "./passages-for.ts";

const BODY = "The greedy firm and its brave rivals. The reckless firm again. Heroic City Hall.";

/**
 * Outlet A: A1 (200 words, gold) and A2 (300 words, both reviewers); outlet B: B1 (100 words, Rosa only).
 * Word counts are set by hand so densities are round numbers.
 */
async function scenario() {
  const { event, ravi, rosa, editor } = await compareFixture();
  const [a, b] = await Promise.all([outletNamed("A"), outletNamed("B")]);
  const firm = await db().eventActor.create({ data: { eventId: event.id, name: "Firm", position: 0 } });
  const city = await db().eventActor.create({ data: { eventId: event.id, name: "City", position: 1 } });
  const article = async (outletId: string, words: number, day: string) => {
    const made = await articleOf(outletId, event.id, BODY, `${day}T08:00:00Z`);
    return db().article.update({ where: { id: made.id }, data: { wordCount: words } });
  };
  const loaded = (direction?: string) => (direction ? { direction } : {});
  const tone = async (formId: string, actorId: string, value: number) =>
    db().articleTone.create({ data: { formId, actorId, tone: value } });

  const a1 = await article(a.id, 200, "2026-03-10");
  await assign(a1.id, [ravi, rosa]);
  await adjudicate(a1.id, editor.id);
  const gold = { layer: "GOLD" } as const;
  await tag(a1.id, editor.id, "loaded.loaded_term", "greedy", {
    ...gold,
    actorId: firm.id,
    attributes: loaded("unfavourable"),
  });
  await tag(a1.id, editor.id, "loaded.loaded_term", "reckless", {
    ...gold,
    actorId: firm.id,
    attributes: loaded("unfavourable"),
  });
  await tag(a1.id, editor.id, "loaded.loaded_term", "Heroic", {
    ...gold,
    actorId: city.id,
    attributes: loaded("favourable"),
  });
  const a1Gold = await articleForm(a1.id, editor.id, { primary: null, headline: null }, "GOLD");
  await tone(a1Gold.id, firm.id, -2);
  await tone(a1Gold.id, city.id, 1);

  const a2 = await article(a.id, 300, "2026-03-11");
  await assign(a2.id, [ravi, rosa]);
  for (const reviewer of [ravi, rosa])
    await tag(a2.id, reviewer.id, "loaded.loaded_term", "greedy", {
      actorId: firm.id,
      attributes: loaded("unfavourable"),
    });
  await tag(a2.id, rosa.id, "loaded.intensifier", "brave", { attributes: loaded() });
  const a2Ravi = await articleForm(a2.id, ravi.id, { primary: null, headline: null });
  const a2Rosa = await articleForm(a2.id, rosa.id, { primary: null, headline: null });
  await tone(a2Ravi.id, firm.id, -1);
  await tone(a2Rosa.id, firm.id, 0);
  await tone(a2Rosa.id, city.id, 2);

  const b1 = await article(b.id, 100, "2026-03-11");
  await assign(b1.id, [ravi, rosa], [rosa]);
  await tag(b1.id, rosa.id, "loaded.loaded_term", "Heroic", { actorId: city.id, attributes: loaded("unfavourable") });
  const b1Rosa = await articleForm(b1.id, rosa.id, { primary: null, headline: null });
  await tone(b1Rosa.id, firm.id, 1);
  return { event, a, b, firm, city, a1, a2, b1 };
}

describe("loaded language and tone", () => {
  it("measures loaded language per 1,000 words by direction and target, with bootstrap intervals", async () => {
    const { event, a, b, firm, city } = await scenario();
    const loaded = await measureLoadedLanguage(event.id, DEFAULT_FILTERS);
    expect(loaded.n).toMatchObject({ counted: 3, gold: 1, tags: 5.5 });
    const outletA = loaded.outlets.find((outlet) => outlet.outletId === a.id)!;
    expect(outletA).toMatchObject({ articles: 2, words: 500 });
    // 3 unfavourable tags (2 gold + 2 × ½) in 500 words; resamples: A1 twice 10, A2 twice 3.33, mixed 6.
    expect(outletA.densities.unfavourable).toMatchObject({ tags: 3, density: 6, high: 10, thin: true });
    expect(outletA.densities.unfavourable.low).toBeCloseTo(10 / 3, 10);
    expect(outletA.densities.favourable).toMatchObject({ tags: 1, density: 2 });
    expect(outletA.densities.unstated).toMatchObject({ tags: 0.5, density: 1 });
    const target = (actorId: string | null) => outletA.targets.find((one) => one.actorId === actorId)!.densities;
    expect(target(firm.id).unfavourable).toMatchObject({ tags: 3, density: 6 });
    expect(target(firm.id).favourable).toMatchObject({ tags: 0, density: 0 });
    expect(target(city.id).favourable).toMatchObject({ tags: 1, density: 2 });
    expect(target(null).unstated).toMatchObject({ tags: 0.5, density: 1 });
    const outletB = loaded.outlets.find((outlet) => outlet.outletId === b.id)!;
    expect(outletB.densities.unfavourable).toMatchObject({ tags: 1, density: 10, low: 10, high: 10 });
  });

  it("lists the passages of one direction aimed at one actor", async () => {
    const { event, a, firm } = await scenario();
    const selector = { kind: "LOADED_LANGUAGE", actor: firm.id, direction: "unfavourable" } as const;
    const [outlet] = await passagesFor(event.id, DEFAULT_FILTERS, selector, 10);
    expect(outlet.outletId).toBe(a.id);
    expect(outlet.passages.map((p) => [p.quotedText, p.weight])).toEqual([
      ["greedy", 1],
      ["reckless", 1],
      ["greedy", 1],
    ]);
  });

  it("measures tone per actor and outlet: weighted mean, quartiles and extremes over articles", async () => {
    const { event, a, b, firm, city, a1, a2 } = await scenario();
    const tone = await measureTone(event.id, DEFAULT_FILTERS);
    const cell = (outletId: string, actorId: string) =>
      tone.cells.find((one) => one.outletId === outletId && one.actorId === actorId);
    // A1 (gold) −2; A2: Ravi −1 and Rosa 0, averaged −0.5.
    expect(cell(a.id, firm.id)).toMatchObject({
      mean: -1.25,
      min: -2,
      q1: -1.625,
      median: -1.25,
      q3: -0.875,
      max: -0.5,
    });
    expect(cell(a.id, firm.id)).toMatchObject({ articles: 2, forms: 2, thin: true });
    // A1 +1 with weight 1, A2 +2 rated by Rosa alone (weight ½): mean (1 + 1) / 1.5.
    expect(cell(a.id, city.id)!.mean).toBeCloseTo(4 / 3, 10);
    expect(cell(a.id, city.id)).toMatchObject({ min: 1, max: 2, median: 1.5, forms: 1.5 });
    expect(cell(b.id, firm.id)).toMatchObject({ mean: 1, articles: 1, forms: 1 });
    expect(cell(b.id, city.id)).toBeUndefined();
    expect(tone.n.tags).toBe(4.5);
    const passages = await passagesFor(event.id, DEFAULT_FILTERS, { kind: "TONE", actor: city.id }, 10);
    expect(passages.map((outlet) => outlet.passages.map((p) => [p.articleId, p.weight]))).toEqual([
      [
        [a1.id, 1],
        [a2.id, 0.5],
      ],
    ]);
  });

  it("counts articles per day and outlet, with undated ones apart, and lists syndicated copies", async () => {
    const { event, a, b, a1, b1 } = await scenario();
    const undated = await articleOf(b.id, event.id, BODY);
    await db().article.update({ where: { id: undated.id }, data: { publishedAt: null } });
    await db().article.update({ where: { id: b1.id }, data: { syndicatedFromId: a1.id } });
    const timeline = await countArticlesOverTime(event.id, DEFAULT_FILTERS);
    expect(timeline.unit).toBe("day");
    expect(timeline.starts).toEqual(["2026-03-10", "2026-03-11"]);
    expect(timeline.buckets.map((bucket) => [bucket.start, bucket.end, bucket.outletId, bucket.articles])).toEqual(
      [
        ["2026-03-10", "2026-03-10", a.id, 1],
        ["2026-03-11", "2026-03-11", a.id, 1],
        ["2026-03-11", "2026-03-11", b.id, 1],
      ].sort((x, y) => `${x[0]}${x[2]}`.localeCompare(`${y[0]}${y[2]}`)),
    );
    expect(timeline.undated).toEqual([{ outletId: b.id, articles: 1 }]);
    const once = await countArticlesOverTime(event.id, { ...DEFAULT_FILTERS, copies: "once" });
    expect(once.buckets.filter((bucket) => bucket.outletId === b.id)).toEqual([]);

    const syndication = await listSyndication(event.id, DEFAULT_FILTERS);
    expect(syndication).toEqual([
      { originalOutletId: a.id, copyOutletId: b.id, copies: 1, examples: [{ articleId: b1.id, title: b1.title }] },
    ]);
    expect(await listSyndication(event.id, { ...DEFAULT_FILTERS, outlets: [b.id] })).toEqual([]);
  });
});

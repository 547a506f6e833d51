import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { adjudicate, articleOf, assign, compareFixture, outletNamed, tag } from "./compare-fixture.ts";
import { countedSql } from "./counted-sql.ts";
import { DEFAULT_FILTERS, type CompareFilters } from "./filters.ts";
import { countScope } from "./queries/count-scope.ts";

const BODY = "The mayor spoke. The fire burned. Residents fled.";

async function weights(eventId: string, filters: CompareFilters) {
  const rows = await db().$queryRaw<{ article_id: string; layer: string; quoted_text: string; weight: number }[]>`
    WITH ${countedSql(eventId, filters)}
    SELECT article_id::text, layer::text, quoted_text, weight FROM counted_tags`;
  return rows.map((row) => [row.article_id, row.layer, row.quoted_text, row.weight]).sort(byColumns);
}

async function setUp() {
  const { event, ravi, rosa, editor } = await compareFixture();
  const [wire, paper] = await Promise.all([outletNamed("Wire"), outletNamed("Paper")]);
  // Both reviewers submitted: each reviewer's tag weighs 1/2.
  const shared = await articleOf(wire.id, event.id, BODY, "2026-03-10T08:00:00Z");
  await assign(shared.id, [ravi, rosa]);
  await tag(shared.id, ravi.id, "frame.conflict", "The fire burned.");
  await tag(shared.id, rosa.id, "frame.conflict", "The fire burned.");
  await tag(shared.id, rosa.id, "frame.human_interest", "Residents fled.");
  // Adjudicated: gold replaces the reviewers' tags.
  const gold = await articleOf(wire.id, event.id, BODY, "2026-03-11T08:00:00Z");
  await assign(gold.id, [ravi, rosa]);
  await tag(gold.id, ravi.id, "frame.conflict", "The mayor spoke.");
  await tag(gold.id, editor.id, "frame.political", "The mayor spoke.", { layer: "GOLD" });
  await adjudicate(gold.id, editor.id);
  // One of two submitted: only the submitted reviewer's tags count, in full.
  const half = await articleOf(paper.id, event.id, BODY, "2026-03-12T08:00:00Z");
  await assign(half.id, [ravi, rosa], [rosa]);
  await tag(half.id, ravi.id, "frame.conflict", "The fire burned.");
  await tag(half.id, rosa.id, "frame.economic", "The fire burned.");
  // Adjudication under way: not gold yet.
  await adjudicate(half.id, editor.id, false);
  await tag(half.id, editor.id, "frame.political", "Residents fled.", { layer: "GOLD" });
  // Nothing submitted: untagged.
  const open = await articleOf(paper.id, event.id, BODY, "2026-03-12T09:00:00Z");
  await assign(open.id, [ravi], []);
  await tag(open.id, ravi.id, "frame.conflict", "The fire burned.");
  return { event, wire, paper, shared, gold, half, open };
}

describe("countedSql: which tags count", () => {
  it("averages submitted reviewers, uses completed gold, and leaves unsubmitted work out", async () => {
    const { event, shared, gold, half } = await setUp();
    expect(await weights(event.id, DEFAULT_FILTERS)).toEqual(
      [
        [shared.id, "REVIEWER", "Residents fled.", 0.5],
        [shared.id, "REVIEWER", "The fire burned.", 0.5],
        [shared.id, "REVIEWER", "The fire burned.", 0.5],
        [gold.id, "GOLD", "The mayor spoke.", 1],
        [half.id, "REVIEWER", "The fire burned.", 1],
      ].sort(byColumns),
    );
  });

  it("keeps only adjudicated articles with gold-only, and ignores gold with reviewers", async () => {
    const { event, shared, gold, half } = await setUp();
    expect(await weights(event.id, { ...DEFAULT_FILTERS, basis: "gold-only" })).toEqual([
      [gold.id, "GOLD", "The mayor spoke.", 1],
    ]);
    const reviewers = await weights(event.id, { ...DEFAULT_FILTERS, basis: "reviewers" });
    expect(reviewers.filter((row) => row[0] === gold.id)).toEqual([[gold.id, "REVIEWER", "The mayor spoke.", 0.5]]);
    expect(reviewers.filter((row) => row[0] === shared.id || row[0] === half.id)).toHaveLength(4);
  });

  it("counts articles in scope, counted, from gold and untagged per outlet", async () => {
    const { event, wire, paper } = await setUp();
    const scope = await countScope(event.id, DEFAULT_FILTERS);
    expect(scope.total).toEqual({ inScope: 4, counted: 3, gold: 1, untagged: 1 });
    const byOutlet = Object.fromEntries(
      scope.outlets.map((o) => [o.outletId, [o.inScope, o.counted, o.gold, o.untagged]]),
    );
    expect(byOutlet).toEqual({ [wire.id]: [2, 2, 1, 0], [paper.id]: [2, 1, 0, 1] });
    const goldOnly = await countScope(event.id, { ...DEFAULT_FILTERS, basis: "gold-only" });
    expect(goldOnly.total).toEqual({ inScope: 4, counted: 1, gold: 1, untagged: 1 });
  });

  it("narrows to outlets, UTC days and one count per syndicated story", async () => {
    const { event, paper, shared, half } = await setUp();
    const byOutlet = await countScope(event.id, { ...DEFAULT_FILTERS, outlets: [paper.id] });
    expect(byOutlet.total.inScope).toBe(2);
    const byDay = await countScope(event.id, { ...DEFAULT_FILTERS, from: "2026-03-11", to: "2026-03-11" });
    expect(byDay.total).toEqual({ inScope: 1, counted: 1, gold: 1, untagged: 0 });
    await db().article.update({ where: { id: half.id }, data: { syndicatedFromId: shared.id } });
    const once = await weights(event.id, { ...DEFAULT_FILTERS, copies: "once" });
    expect(once.some((row) => row[0] === half.id)).toBe(false);
    expect((await countScope(event.id, { ...DEFAULT_FILTERS, copies: "once" })).total.inScope).toBe(3);
  });

  it("keeps only tags of one codebook version when asked", async () => {
    const { event } = await setUp();
    expect(await weights(event.id, { ...DEFAULT_FILTERS, version: 1 })).toEqual([]);
    expect(await weights(event.id, { ...DEFAULT_FILTERS, version: 2 })).toHaveLength(5);
  });
});

// Rows in one order on both sides: by article id, layer and text.
function byColumns(a: unknown[], b: unknown[]): number {
  for (let i = 0; i < 3; i += 1) {
    if (a[i] !== b[i]) return String(a[i]) < String(b[i]) ? -1 : 1;
  }
  return 0;
}

import { describe, expect, it } from "vitest";
import { db } from "../../db/client.ts";
import {
  adjudicate,
  articleForm,
  articleOf,
  assign,
  compareFixture,
  outletNamed,
  tag,
  voice,
} from "../compare-fixture.ts";
import { DEFAULT_FILTERS } from "../filters.ts";
import { countArticleFrames } from "./count-article-frames.ts";
import { countEvaluativeVerbs } from "./count-evaluative-verbs.ts";
import { countFrames } from "./count-frames.ts";
import { countVoices } from "./count-voices.ts";
import { listActorNames } from "./list-actor-names.ts";
import { listTopSpeakers } from "./list-top-speakers.ts";
import { measureAttributionShares } from "./measure-attribution-shares.ts";
import { passagesFor } from "./passages-for.ts";
import { traceClaims } from "./trace-claims.ts";

const WIRE_BODY = `The company said the plant had passed every inspection. "We are safe," said spokesman Lee.

Later, the mayor insisted the evacuation was necessary. Critics say the city failed.`;
const TABLOID_BODY = `The greedy chemical giant lied. Cronies at City Hall covered it up, an insider said.

The mayor claimed all was fine.`;
const FOLLOW_UP_BODY = `The company claimed the plant passed every inspection.

Residents fled.`;

/**
 * Wire: one article both reviewers submitted (each tag 1/2). Tabloid: one adjudicated article (gold only) and one
 * only Rosa submitted (her tags count in full). Paper: one article nobody submitted (untagged).
 */
async function demo() {
  const { event, ravi, rosa, editor } = await compareFixture();
  const [wire, tabloid, paper] = await Promise.all([outletNamed("Wire"), outletNamed("Tabloid"), outletNamed("Paper")]);
  const company = await db().eventActor.create({ data: { eventId: event.id, name: "Company", position: 0 } });
  const city = await db().eventActor.create({ data: { eventId: event.id, name: "City", position: 1 } });
  const passed = await db().eventClaim.create({ data: { eventId: event.id, label: "Plant passed inspections" } });
  const evacuation = await db().eventClaim.create({
    data: { eventId: event.id, label: "Evacuation was necessary", position: 1 },
  });

  const w1 = await articleOf(wire.id, event.id, WIRE_BODY, "2026-03-10T08:00:00Z");
  await assign(w1.id, [ravi, rosa]);
  for (const reviewer of [ravi, rosa]) {
    await tag(w1.id, reviewer.id, "attribution.reported_speech", "the plant had passed every inspection", {
      actorId: company.id,
      claimId: passed.id,
      attributes: voice("Company", "indirect", { speakerType: "company_business", verb: "said", verbClass: "neutral" }),
    });
    await tag(w1.id, reviewer.id, "naming.actor", "The company", { actorId: company.id });
  }
  const lee = { speakerType: "company_business", verb: "said", verbClass: "neutral" } as const;
  await tag(w1.id, ravi.id, "attribution.reported_speech", `"We are safe,"`, {
    actorId: company.id,
    attributes: voice("Spokesman Lee", "direct_quote", lee),
  });
  await tag(w1.id, rosa.id, "attribution.reported_speech", `"We are safe,"`, {
    actorId: company.id,
    attributes: voice("spokesman lee ", "direct_quote", lee),
  });
  await tag(w1.id, ravi.id, "attribution.reported_speech", "the evacuation was necessary", {
    actorId: city.id,
    claimId: evacuation.id,
    attributes: voice("the mayor", "indirect", {
      speakerType: "government_official",
      verb: "insisted",
      verbClass: "evaluative",
    }),
  });
  await tag(w1.id, rosa.id, "attribution.reported_speech", "the city failed", {
    attributes: voice(null, "unattributed"),
  });
  await tag(w1.id, rosa.id, "frame.health_safety", "The company said the plant had passed every inspection.");
  await tag(w1.id, ravi.id, "frame.conflict", "Critics say the city failed.");
  await articleForm(w1.id, ravi.id, { primary: "frame.health_safety", headline: "frame.conflict" });
  await articleForm(w1.id, rosa.id, { primary: "frame.health_safety", headline: null });

  const t1 = await articleOf(tabloid.id, event.id, TABLOID_BODY, "2026-03-10T09:00:00Z");
  await assign(t1.id, [ravi, rosa]);
  await tag(t1.id, ravi.id, "frame.human_interest", "The mayor claimed all was fine.");
  await articleForm(t1.id, ravi.id, { primary: "frame.human_interest", headline: "frame.human_interest" });
  await adjudicate(t1.id, editor.id);
  const gold = { layer: "GOLD" } as const;
  await tag(t1.id, editor.id, "naming.actor", "The greedy chemical giant", { ...gold, actorId: company.id });
  await tag(t1.id, editor.id, "loaded.loaded_term", "greedy", {
    ...gold,
    actorId: company.id,
    attributes: { direction: "unfavourable" },
  });
  await tag(t1.id, editor.id, "naming.actor", "Cronies at City Hall", { ...gold, actorId: city.id });
  await tag(t1.id, editor.id, "attribution.reported_speech", "Cronies at City Hall covered it up", {
    ...gold,
    attributes: voice("an insider", "indirect", { anonymous: true, verb: "said", verbClass: "neutral" }),
  });
  await tag(t1.id, editor.id, "attribution.reported_speech", "all was fine", {
    ...gold,
    actorId: city.id,
    attributes: voice("The mayor", "indirect", {
      speakerType: "government_official",
      verb: "claimed",
      verbClass: "evaluative",
    }),
  });
  await tag(t1.id, editor.id, "frame.conflict", "Cronies at City Hall covered it up", gold);
  await articleForm(t1.id, editor.id, { primary: "frame.conflict", headline: "frame.conflict" }, "GOLD");

  const t2 = await articleOf(tabloid.id, event.id, FOLLOW_UP_BODY, "2026-03-11T09:00:00Z");
  await assign(t2.id, [ravi, rosa], [rosa]);
  const claimed = voice("The company", "indirect", {
    speakerType: "company_business",
    verb: "Claimed",
    verbClass: "evaluative",
  });
  await tag(t2.id, rosa.id, "attribution.reported_speech", "the plant passed every inspection", {
    actorId: company.id,
    claimId: passed.id,
    attributes: claimed,
  });
  await tag(t2.id, ravi.id, "attribution.reported_speech", "Residents fled.", {
    attributes: voice(null, "unattributed"),
  });
  await articleForm(t2.id, rosa.id, { primary: "frame.economic", headline: null });

  const p1 = await articleOf(paper.id, event.id, "The paper reported the fire.", "2026-03-11T10:00:00Z");
  await assign(p1.id, [ravi], []);
  return { event, wire, tabloid, paper, company, city, passed, evacuation, w1, t1, t2 };
}

const byOutlet = <T extends { outletId: string }>(rows: T[], outletId: string) =>
  rows.filter((row) => row.outletId === outletId);

describe("comparison chart queries", () => {
  it("count voices by actor and speaker type, by tags and quoted words, with n", async () => {
    const { event, wire, tabloid, company, city } = await demo();
    const voices = await countVoices(event.id, DEFAULT_FILTERS);

    expect(voices.n).toEqual({ basis: "prefer-gold", inScope: 4, counted: 3, gold: 1, untagged: 1, tags: 6 });
    const cells = (list: typeof voices.byActor, outletId: string) =>
      Object.fromEntries(byOutlet(list, outletId).map((c) => [c.key ?? "none", [c.tags, c.words, c.articles]]));
    // "the plant had passed every inspection" (6 words) and "We are safe," (3) by both reviewers: 2 tags, 9 words.
    expect(cells(voices.byActor, wire.id)).toEqual({
      [company.id]: [2, 9, 1],
      [city.id]: [0.5, 2, 1],
      none: [0.5, 1.5, 1],
    });
    expect(cells(voices.byActor, tabloid.id)).toEqual({
      [company.id]: [1, 5, 1],
      [city.id]: [1, 3, 1],
      none: [1, 7, 1],
    });
    expect(cells(voices.bySpeakerType, wire.id)).toEqual({
      company_business: [2, 9, 1],
      government_official: [0.5, 2, 1],
      none: [0.5, 1.5, 1],
    });
    expect(voices.outletTotals.map((t) => [t.outletId, t.tags, t.articles]).sort()).toEqual(
      [
        [wire.id, 3, 1],
        [tabloid.id, 3, 2],
      ].sort(),
    );
  });

  it("measures anonymous, unattributed and direct shares with bootstrap intervals over articles", async () => {
    const { event, wire, tabloid } = await demo();
    const { outlets } = await measureAttributionShares(event.id, DEFAULT_FILTERS);
    const [w] = byOutlet(outlets, wire.id);
    // One article: every resample is that article, so the interval has no width.
    expect(w.articles).toBe(1);
    expect(w.unattributed).toMatchObject({ part: 0.5, whole: 3, thin: true });
    expect(w.unattributed.share).toBeCloseTo(1 / 6, 10);
    expect(w.unattributed.low).toBeCloseTo(1 / 6, 10);
    expect(w.direct).toMatchObject({ part: 1, whole: 2.5, share: 0.4, low: 0.4, high: 0.4 });
    expect(w.anonymous).toMatchObject({ part: 0, whole: 2.5, share: 0 });
    const [t] = byOutlet(outlets, tabloid.id);
    // Two articles (anonymous 1 of 2, and 0 of 1): resamples give 0, 1/3 or 1/2.
    expect(t.anonymous).toMatchObject({ part: 1, whole: 3, low: 0, high: 0.5, thin: true });
    expect(t.anonymous.share).toBeCloseTo(1 / 3, 10);
    expect(t.direct).toMatchObject({ part: 0, whole: 3, share: 0 });
  });

  it("ranks top speakers per outlet, folding case and spaces", async () => {
    const { event, wire, company } = await demo();
    const top = await listTopSpeakers(event.id, DEFAULT_FILTERS);
    expect(byOutlet(top.speakers, wire.id).map((s) => [s.rank, s.key, s.tags, s.words, s.speakers])).toEqual([
      [1, "company", 1, 6, 3],
      [2, "spokesman lee", 1, 3, 3],
      [3, "the mayor", 0.5, 2, 3],
    ]);
    expect(byOutlet(top.speakers, wire.id)[1]).toMatchObject({ actorId: company.id, anonymous: false });
    expect(top.n.tags).toBe(5.5);
    expect((await listTopSpeakers(event.id, DEFAULT_FILTERS, 1)).speakers).toHaveLength(2);
  });

  it("counts evaluative reporting verbs per actor", async () => {
    const { event, wire, tabloid, company, city } = await demo();
    const { cells } = await countEvaluativeVerbs(event.id, DEFAULT_FILTERS);
    const cell = (outletId: string, actorId: string | null) =>
      cells.find((c) => c.outletId === outletId && c.actorId === actorId);
    expect(cell(wire.id, city.id)).toMatchObject({
      classified: 0.5,
      evaluative: 0.5,
      verbs: [{ verb: "insisted", tags: 0.5 }],
    });
    expect(cell(wire.id, company.id)).toMatchObject({ classified: 2, evaluative: 0, verbs: [] });
    expect(cell(tabloid.id, company.id)).toMatchObject({
      classified: 1,
      evaluative: 1,
      verbs: [{ verb: "claimed", tags: 1 }],
    });
    expect(cell(tabloid.id, null)).toMatchObject({ classified: 1, evaluative: 0 });
  });

  it("lists the names each outlet uses for each actor, loaded ones marked", async () => {
    const { event, wire, tabloid, company, city } = await demo();
    const { names, n } = await listActorNames(event.id, DEFAULT_FILTERS);
    expect(names.map((name) => [name.actorId, name.outletId, name.key, name.uses, name.loaded]).sort()).toEqual(
      [
        [company.id, wire.id, "the company", 1, 0],
        [company.id, tabloid.id, "the greedy chemical giant", 1, 1],
        [city.id, tabloid.id, "cronies at city hall", 1, 0],
      ].sort(),
    );
    expect(names.find((name) => name.key === "the company")!.name).toBe("The company");
    expect(n.tags).toBe(3);
  });

  it("traces each claim across outlets: how it was carried, or omitted", async () => {
    const { event, wire, tabloid, paper, passed, evacuation, company, city } = await demo();
    const { cells, claims } = await traceClaims(event.id, DEFAULT_FILTERS);
    expect(claims.map((claim) => claim.id)).toEqual([passed.id, evacuation.id]);
    const cell = (claimId: string, outletId: string) =>
      cells.find((c) => c.claimId === claimId && c.outletId === outletId)!;
    expect(cell(passed.id, wire.id)).toMatchObject({ status: "carried", tags: 1, articles: 1, countedArticles: 1 });
    expect(cell(passed.id, wire.id).ways).toEqual([
      {
        form: "indirect",
        speaker: "Company",
        speakerType: "company_business",
        actorId: company.id,
        inLead: true,
        verb: "said",
        verbClass: "neutral",
        tags: 1,
        articles: 1,
      },
    ]);
    expect(cell(passed.id, tabloid.id).ways).toMatchObject([{ verb: "claimed", inLead: true, tags: 1 }]);
    expect(cell(evacuation.id, wire.id)).toMatchObject({ status: "carried", tags: 0.5 });
    expect(cell(evacuation.id, wire.id).ways).toMatchObject([{ actorId: city.id, inLead: false, verb: "insisted" }]);
    expect(cell(evacuation.id, tabloid.id)).toMatchObject({ status: "omitted", tags: 0, countedArticles: 2, ways: [] });
    expect(cell(passed.id, paper.id)).toMatchObject({ status: "untagged", countedArticles: 0 });
    expect(cells).toHaveLength(6);
  });

  it("counts the frame mix from span tags and the primary and headline frames from forms", async () => {
    const { event, wire, tabloid } = await demo();
    const { frames } = await countFrames(event.id, DEFAULT_FILTERS);
    expect(frames.map((f) => [f.outletId === wire.id ? "wire" : "tabloid", f.code, f.tags]).sort()).toEqual([
      ["tabloid", "frame.conflict", 1],
      ["wire", "frame.conflict", 0.5],
      ["wire", "frame.health_safety", 0.5],
    ]);
    expect(frames[0].label).toMatch(/\w/);
    const forms = await countArticleFrames(event.id, DEFAULT_FILTERS);
    const of = (outletId: string, which: string) =>
      Object.fromEntries(
        forms.frames.filter((f) => f.outletId === outletId && f.which === which).map((f) => [f.code, f.articles]),
      );
    expect(of(wire.id, "primary")).toEqual({ "frame.health_safety": 1 });
    expect(of(wire.id, "headline")).toEqual({ "frame.conflict": 0.5 });
    expect(of(tabloid.id, "primary")).toEqual({ "frame.conflict": 1, "frame.economic": 1 });
    expect(of(tabloid.id, "headline")).toEqual({ "frame.conflict": 1 });
    expect(forms.n.tags).toBe(3);
  });

  it("lists the passages behind a number, one per distinct span, with context and a limit", async () => {
    const { event, wire, tabloid, company, w1, t2, t1 } = await demo();
    const selector = { kind: "ATTRIBUTION" as const, actor: company.id };
    const outlets = await passagesFor(event.id, DEFAULT_FILTERS, selector, 5);
    const [w] = byOutlet(outlets, wire.id);
    expect(w).toMatchObject({ total: 2, weight: 2 });
    expect(w.passages[0]).toMatchObject({
      articleId: w1.id,
      quotedText: "the plant had passed every inspection",
      before: "The company said ",
      after: `. "We are safe," said spokesman Lee.`,
      weight: 1,
      coders: 2,
      gold: false,
    });
    expect(byOutlet(outlets, tabloid.id)[0].passages.map((p) => [p.articleId, p.weight])).toEqual([[t2.id, 1]]);
    const limited = await passagesFor(event.id, DEFAULT_FILTERS, selector, 1);
    expect(byOutlet(limited, wire.id)[0]).toMatchObject({
      total: 2,
      passages: [{ quotedText: "the plant had passed every inspection" }],
    });

    const anonymous = await passagesFor(event.id, DEFAULT_FILTERS, { kind: "ATTRIBUTION", anonymous: "true" }, 5);
    expect(anonymous.map((o) => [o.outletId, o.passages[0].quotedText, o.passages[0].gold])).toEqual([
      [tabloid.id, "Cronies at City Hall covered it up", true],
    ]);
    const speaker = await passagesFor(event.id, DEFAULT_FILTERS, { kind: "ATTRIBUTION", speaker: "spokesman lee" }, 5);
    expect(speaker[0].passages).toMatchObject([{ quotedText: `"We are safe,"`, coders: 2 }]);
    const naming = await passagesFor(
      event.id,
      DEFAULT_FILTERS,
      { kind: "NAMING", name: "the greedy chemical giant" },
      5,
    );
    expect(naming[0].passages[0].after).toBe(" lied. Cronies at City Hall covered it up, an insider said.");
    const primary = await passagesFor(event.id, DEFAULT_FILTERS, { kind: "PRIMARY_FRAME", code: "frame.conflict" }, 5);
    expect(primary.map((o) => o.passages.map((p) => [p.articleId, p.quotedText, p.weight]))).toEqual([
      [[t1.id, "The greedy chemical giant lied. Cronies at City Hall covered it up, an insider said.", 1]],
    ]);
  });

  it("narrows every chart by the filters: outlets, dates, gold only and syndicated copies once", async () => {
    const { event, wire, tabloid, w1, t2 } = await demo();
    const wireOnly = await countVoices(event.id, { ...DEFAULT_FILTERS, outlets: [wire.id] });
    expect(wireOnly.outletTotals.map((t) => t.outletId)).toEqual([wire.id]);
    expect(wireOnly.n).toMatchObject({ inScope: 1, counted: 1, tags: 3 });
    const firstDay = await countVoices(event.id, { ...DEFAULT_FILTERS, to: "2026-03-10" });
    expect(firstDay.n).toMatchObject({ inScope: 2, tags: 5 });
    const goldOnly = await countVoices(event.id, { ...DEFAULT_FILTERS, basis: "gold-only" });
    expect(goldOnly.n).toMatchObject({ counted: 1, gold: 1, tags: 2 });
    await db().article.update({ where: { id: t2.id }, data: { syndicatedFromId: w1.id } });
    const once = await traceClaims(event.id, { ...DEFAULT_FILTERS, copies: "once" });
    expect(once.cells.find((c) => c.outletId === tabloid.id && c.status === "carried")).toBeUndefined();
    expect(once.n.inScope).toBe(3);
  });
});

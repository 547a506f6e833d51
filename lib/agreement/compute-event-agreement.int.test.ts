import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ensureDefaultCodebook } from "../codebook/ensure-default-codebook.ts";
import { db } from "../db/client.ts";
import { createUser } from "../users/queries.ts";
import { currentCategory, makeArticle, makeEvent, makeOutlet, TEST_PASSWORD } from "../../test/factories.ts";
import { computeEventAgreement } from "./compute-event-agreement.ts";
import { listCoders } from "./queries/list-coders.ts";
import { unitizingAlpha } from "./unitizing-alpha.ts";

const BODIES = [
  "The mayor said the plant was safe. Critics called it a cover-up after the fire.",
  "The union walked out 🙂 as talks on the plant's future stalled over pay.",
  "“We were lied to,” a resident insisted. Officials spoke of a minor incident.",
];

const reviewer = (name: string) =>
  createUser({ email: `${randomUUID()}@test.example`, name, role: "REVIEWER", password: TEST_PASSWORD }, null);

/**
 * Ravi and Sam code three articles of an event and both submit them. Each tag is written as the tagging workspace
 * would store it; `text` is the passage, found in the article's body.
 */
async function setUp() {
  await ensureDefaultCodebook(db());
  const outlet = await makeOutlet(`Outlet ${randomUUID()}`);
  const event = await makeEvent("Port Calder fire");
  const articles = await Promise.all(BODIES.map((body) => makeArticle(outlet.id, event.id, body)));
  const [ravi, sam] = [await reviewer("Ravi"), await reviewer("Sam")];
  const actor = (name: string) => db().eventActor.create({ data: { eventId: event.id, name } });
  const [mayor, union, meridian] = [await actor("Mayor"), await actor("Union"), await actor("Meridian")];
  const claim = await db().eventClaim.create({ data: { eventId: event.id, label: "The plant passed inspections" } });

  async function tag(
    articleIndex: number,
    userId: string,
    code: string,
    text: string,
    extra: { attributes?: object; actorId?: string; claimId?: string; layer?: "GOLD" } = {},
  ) {
    const start = BODIES[articleIndex].indexOf(text);
    if (start < 0) throw new Error(`"${text}" is not in article ${articleIndex}`);
    await db().annotation.create({
      data: {
        articleId: articles[articleIndex].id,
        reviewerId: userId,
        categoryId: (await currentCategory(code)).id,
        startOffset: start,
        endOffset: start + text.length,
        quotedText: text,
        attributes: extra.attributes ?? {},
        actorId: extra.actorId,
        claimId: extra.claimId,
        layer: extra.layer,
      },
    });
  }

  async function form(articleIndex: number, userId: string, primary: string, headline: string | null, tones: object) {
    const primaryFrame = await currentCategory(primary);
    await db().articleForm.create({
      data: {
        articleId: articles[articleIndex].id,
        reviewerId: userId,
        versionId: primaryFrame.versionId,
        primaryFrameId: primaryFrame.id,
        headlineFrameId: headline ? (await currentCategory(headline)).id : null,
        tones: { create: Object.entries(tones).map(([actorId, tone]) => ({ actorId, tone })) },
      },
    });
  }

  const submit = (articleIndex: number, userId: string, submittedAt: Date | null = new Date()) =>
    db().assignment.create({ data: { articleId: articles[articleIndex].id, reviewerId: userId, submittedAt } });

  return { event, articles, outlet, ravi, sam, mayor, union, meridian, claim, tag, form, submit };
}

const voice = (form: string, speakerType: string | null, verbClass: string) => ({
  attributes: { speaker: null, speakerType, form, anonymous: false, verb: null, verbClass },
});

describe("computeEventAgreement", () => {
  it("measures spans, attributes, article fields and reviewer pairs on the articles both reviewers submitted", async () => {
    const s = await setUp();
    const { ravi, sam, mayor, union, meridian } = s;
    for (const index of [0, 1, 2]) for (const user of [ravi, sam]) await s.submit(index, user.id);

    // Article 1: the same attribution (Sam leaves the claim out); "cover-up" against Sam's "a cover-up" (8/10).
    const safe = "the plant was safe";
    await s.tag(0, ravi.id, "attribution.reported_speech", safe, {
      ...voice("indirect", "government_official", "neutral"),
      actorId: mayor.id,
      claimId: s.claim.id,
    });
    await s.tag(0, sam.id, "attribution.reported_speech", safe, {
      ...voice("indirect", "government_official", "neutral"),
      actorId: mayor.id,
    });
    const unfavourable = { attributes: { direction: "unfavourable" }, actorId: meridian.id };
    await s.tag(0, ravi.id, "loaded.loaded_term", "cover-up", unfavourable);
    await s.tag(0, sam.id, "loaded.loaded_term", "a cover-up", unfavourable);
    // The adjudicator's gold tag is not a reviewer's.
    await s.tag(0, ravi.id, "frame.conflict", "Critics called it", { layer: "GOLD" });
    // Article 2: the same naming; a frame passage only Ravi tagged.
    await s.tag(1, ravi.id, "naming.actor", "The union", { actorId: union.id });
    await s.tag(1, sam.id, "naming.actor", "The union", { actorId: union.id });
    await s.tag(1, ravi.id, "frame.economic", "stalled over pay");
    // Article 3: the same quote with a verb class each; a euphemism only Sam saw.
    const quote = "We were lied to";
    await s.tag(
      2,
      ravi.id,
      "attribution.reported_speech",
      quote,
      voice("direct_quote", "witness_civilian", "evaluative"),
    );
    await s.tag(2, sam.id, "attribution.reported_speech", quote, voice("direct_quote", "witness_civilian", "neutral"));
    await s.tag(2, sam.id, "loaded.euphemism", "a minor incident", { attributes: { direction: "favourable" } });

    // Primary frames: agree, differ, agree. Tone toward the mayor: −1/−1, 0/+1, +2/+1; toward the union: +1/+1.
    await s.form(0, ravi.id, "frame.conflict", "frame.conflict", { [mayor.id]: -1, [union.id]: 1 });
    await s.form(0, sam.id, "frame.conflict", "frame.conflict", { [mayor.id]: -1, [union.id]: 1 });
    await s.form(1, ravi.id, "frame.economic", "frame.economic", { [mayor.id]: 0 });
    await s.form(1, sam.id, "frame.conflict", null, { [mayor.id]: 1 });
    await s.form(2, ravi.id, "frame.economic", "frame.economic", { [mayor.id]: 2 });
    await s.form(2, sam.id, "frame.economic", "frame.human_interest", { [mayor.id]: 1 });

    // Not counted: an article Sam has not submitted yet, and one only Ravi holds.
    const open = await makeArticle(s.outlet.id, s.event.id, "Sam is still reading this one.");
    await db().assignment.create({ data: { articleId: open.id, reviewerId: ravi.id, submittedAt: new Date() } });
    await db().assignment.create({ data: { articleId: open.id, reviewerId: sam.id } });
    await db().annotation.create({
      data: {
        articleId: open.id,
        reviewerId: ravi.id,
        categoryId: (await currentCategory("frame.conflict")).id,
        startOffset: 0,
        endOffset: 3,
        quotedText: "Sam",
      },
    });

    const agreement = await computeEventAgreement(s.event.id);
    expect(agreement).toMatchObject({ articles: 3, reviewers: 2, beyondTwoReviewers: 0 });

    // Spans.
    const group = (kind: string) => agreement.spans.find((candidate) => candidate.kind === kind)!;
    const row = (kind: string, code: string) => group(kind).categories.find((category) => category.code === code)!;
    expect(agreement.spans.map((candidate) => candidate.kind)).toEqual([
      "FRAME",
      "ATTRIBUTION",
      "NAMING",
      "LOADED_LANGUAGE",
    ]);
    expect(row("ATTRIBUTION", "attribution.reported_speech")).toMatchObject({
      articles: 2,
      tags: 4,
      matched: 2,
      unmatched: 0,
      f1: 1,
      exactF1: 1,
      unitizing: { alpha: 1, verdict: "reliable", thin: true },
    });
    // 8 of 10 characters shared: a match at one half, none at identical boundaries.
    expect(row("LOADED_LANGUAGE", "loaded.loaded_term")).toMatchObject({ tags: 2, matched: 1, f1: 1, exactF1: 0 });
    expect(row("LOADED_LANGUAGE", "loaded.euphemism")).toMatchObject({ tags: 1, matched: 0, unmatched: 1, f1: 0 });
    // Kind: 1 matched, 1 unmatched → 2/3; exactly: 0 matched, 3 unmatched → 0.
    expect(group("LOADED_LANGUAGE").total).toMatchObject({ articles: 2, tags: 3, matched: 1, unmatched: 1 });
    expect(group("LOADED_LANGUAGE").total.f1).toBeCloseTo(2 / 3, 12);
    expect(group("LOADED_LANGUAGE").total.exactF1).toBe(0);
    expect(row("FRAME", "frame.economic")).toMatchObject({ tags: 1, unmatched: 1, f1: 0, exactF1: 0 });
    expect(row("NAMING", "naming.actor")).toMatchObject({ tags: 2, matched: 1, f1: 1, exactF1: 1 });
    // The gold tag's and the open article's frame.conflict count nowhere; the codebook's other frames are listed.
    expect(group("FRAME").categories.map((category) => category.code)).toEqual(["frame.economic"]);
    expect(group("FRAME").unused).toContainEqual({ code: "frame.conflict", label: "Conflict" });

    // uα of "loaded term": the three bodies end to end with breaks between them, Sam's unit 2 characters wider.
    const lengths = BODIES.map((body) => body.length);
    // The emoji counts as two UTF-16 code units, like tag offsets, though Postgres counts it as one character.
    const coded = await listCoders(s.event.id);
    expect(coded.find((coder) => coder.articleId === s.articles[1].id)!.length).toBe(lengths[1]);
    expect(lengths[1]).toBe([...BODIES[1]].length + 1);
    const at = BODIES[0].indexOf("cover-up");
    const expected = unitizingAlpha(
      lengths[0] + lengths[1] + lengths[2],
      [[{ start: at, end: at + 8 }], [{ start: at - 2, end: at + 8 }]],
      { breaks: [lengths[0], lengths[0] + lengths[1]] },
    );
    expect(row("LOADED_LANGUAGE", "loaded.loaded_term").unitizing.alpha).toBeCloseTo(expected.alpha!, 12);
    expect(expected.alpha).toBeLessThan(1);

    // Attributes on matched attributions (2 pairs): form agrees; verb class neutral/neutral, evaluative/neutral:
    // n = 4, n_neutral = 3, n_evaluative = 1, o = 2 off the diagonal → 1 − 3 · 2 / (2 · 3 · 1) = 0. Claim likewise.
    const attribute = (kind: string, field: string) =>
      agreement.attributes.find((candidate) => candidate.kind === kind && candidate.field === field)!.figure;
    expect(attribute("ATTRIBUTION", "form")).toMatchObject({ alpha: 1, units: 2, pairable: 4, agreed: 2 });
    expect(attribute("ATTRIBUTION", "verbClass")).toMatchObject({ alpha: 0, units: 2, agreed: 1 });
    expect(attribute("ATTRIBUTION", "claim")).toMatchObject({ alpha: 0, verdict: "unreliable", agreed: 1 });
    expect(attribute("ATTRIBUTION", "speakerType")).toMatchObject({ alpha: 1, verdict: "reliable", thin: true });
    expect(attribute("ATTRIBUTION", "anonymous")).toMatchObject({
      alpha: null,
      verdict: "undefined",
      units: 2,
      undefinedBecause: expect.stringContaining("same value"),
    });
    expect(attribute("LOADED_LANGUAGE", "direction")).toMatchObject({ alpha: null, units: 1, agreed: 1 });
    expect(attribute("NAMING", "actor")).toMatchObject({ alpha: null, units: 1 });

    // Primary frame over 3 articles: c/c, e/c, e/e → n_c = n_e = 3, o_ce = o_ec = 1: 1 − 5 · 2 / (2 · 3 · 3) = 4/9.
    const fields = agreement.articleFields;
    expect(fields.primaryFrame).toMatchObject({ units: 3, pairable: 6, agreed: 2, verdict: "unreliable" });
    expect(fields.primaryFrame.alpha).toBeCloseTo(4 / 9, 12);
    // Headline: Sam left article 2's blank, so 2 units: c/c and e/h → n = 4; 1 − 3 · 2 / (16 − (4 + 1 + 1)) = 0.4.
    expect(fields.headlineFrame).toMatchObject({ units: 2, pairable: 4, agreed: 1 });
    expect(fields.headlineFrame.alpha).toBeCloseTo(1 - (3 * 2) / 10, 12);
    // Tone, all ratings: values −1 −1 | 0 1 | 2 1 | 1 1 → n = 8; observed Σ o δ² = 4 (two units one apart, both
    // orders); expected Σ n_c n_k δ² over ordered pairs = 2 · (2 + 32 + 18 + 4 + 4 + 4) = 128: 1 − 7 · 4 / 128.
    expect(fields.tone).toMatchObject({ units: 4, pairable: 8 });
    expect(fields.tone.alpha).toBeCloseTo(1 - 28 / 128, 12);
    // Mayor alone: n = 6, expected 2 · (2 + 16 + 18 + 2 + 4 + 2) = 88: 1 − 5 · 4 / 88. Union: one unit, no variation.
    const [mayorTone, unionTone] = fields.toneByActor;
    expect(mayorTone).toMatchObject({ actorName: "Mayor", figure: { units: 3 } });
    expect(mayorTone.figure.alpha).toBeCloseTo(1 - 20 / 88, 12);
    expect(unionTone).toMatchObject({ actorName: "Union", figure: { alpha: null, units: 1, verdict: "undefined" } });

    // The pair: Ravi 5 tags, Sam 5; matched 4 at one half (only Ravi's economic frame and Sam's euphemism miss):
    // F1 8/10; at identical boundaries 3 matched, 2 and 2 unmatched: 6/10.
    expect(agreement.pairs).toHaveLength(1);
    const [pair] = agreement.pairs;
    expect(pair).toMatchObject({
      a: { name: "Ravi" },
      b: { name: "Sam" },
      articles: 3,
      tagsA: 5,
      tagsB: 5,
      spans: { matched: 4, onlyA: 1, onlyB: 1, f1: 0.8 },
      exactF1: 0.6,
    });
    expect(pair.primaryFrame.alpha).toBeCloseTo(4 / 9, 12);
  });

  it("counts nothing until two reviewers have submitted an article", async () => {
    const s = await setUp();
    await s.submit(0, s.ravi.id);
    await s.submit(0, s.sam.id, null);
    await s.tag(0, s.ravi.id, "frame.conflict", "Critics called it");

    const agreement = await computeEventAgreement(s.event.id);
    expect(agreement).toMatchObject({ articles: 0, reviewers: 0, spans: [], pairs: [] });
    expect(agreement.articleFields.primaryFrame).toMatchObject({ alpha: null, units: 0, verdict: "undefined" });
  });

  it("pairs every two of three reviewers, and reads the first two submissions for unitizing alpha", async () => {
    const s = await setUp();
    const ada = await reviewer("Ada");
    // Ravi submits first, then Sam, then Ada.
    for (const [minute, user] of [s.ravi, s.sam, ada].entries())
      await s.submit(0, user.id, new Date(Date.UTC(2026, 2, 1, 9, minute)));
    for (const user of [s.ravi, s.sam]) await s.tag(0, user.id, "frame.conflict", "Critics called it");
    await s.tag(0, ada.id, "frame.conflict", "Critics called it a cover-up");

    const agreement = await computeEventAgreement(s.event.id);
    expect(agreement).toMatchObject({ articles: 1, reviewers: 3, beyondTwoReviewers: 1 });
    // Ada's span shares 17 of 28 characters with the others' (0.61): a match at one half, not at identical ones.
    const conflict = agreement.spans[0].categories[0];
    expect(conflict).toMatchObject({ code: "frame.conflict", tags: 3, matched: 3, unmatched: 0, f1: 1 });
    // Exactly: Ravi–Sam match; Ravi–Ada and Sam–Ada do not → 1 matched, 4 unmatched: 2/6.
    expect(conflict.exactF1).toBeCloseTo(2 / 6, 12);
    expect(conflict.unitizing.alpha).toBe(1);
    expect(agreement.pairs.map((pair) => `${pair.a.name}–${pair.b.name}`)).toEqual(["Ada–Ravi", "Ada–Sam", "Ravi–Sam"]);
    expect(agreement.pairs.map((pair) => pair.exactF1)).toEqual([0, 0, 1]);
  });
});

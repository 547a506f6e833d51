// An event for the tests of the comparison's second part in reports and exports: two outlets, three articles,
// every kind of number the second part shows, each small enough to work out by hand.
import { db } from "../db/client.ts";
import {
  adjudicate,
  articleForm,
  articleOf,
  assign,
  compareFixture,
  outletNamed,
  tag,
  voice,
} from "../analytics/compare-fixture.ts";

const BODY = "The greedy firm. The reckless firm again. Heroic City Hall. Prices rose. Officials spoke.";

/**
 * Outlet A: A1 (200 words, 10 March, gold) and A2 (300 words, 11 March, both reviewers); outlet B: B1 (100 words,
 * 11 March, Rosa only), a wire copy of A2. Loaded language: A 2 unfavourable tags at the firm in 500 words (4 per
 * 1,000), B 1 favourable at the city in 100 (10 per 1,000). Tone toward the firm: A1 −2, A2 −1 and 0 (so −0.5), B1
 * +1. Frames: A1 economic, A2 morality, B1 morality. Attributions: A1 speaks for the firm, B1 for the city.
 */
export async function secondPartScenario() {
  const { event, ravi, rosa, editor } = await compareFixture();
  const [a, b] = await Promise.all([outletNamed("A"), outletNamed("B")]);
  const firm = await db().eventActor.create({ data: { eventId: event.id, name: "Firm", position: 0 } });
  const city = await db().eventActor.create({ data: { eventId: event.id, name: "City", position: 1 } });
  const article = async (outletId: string, words: number, day: string) => {
    const made = await articleOf(outletId, event.id, BODY, `${day}T08:00:00Z`);
    return db().article.update({ where: { id: made.id }, data: { wordCount: words } });
  };
  const tone = async (formId: string, value: number) =>
    db().articleTone.create({ data: { formId, actorId: firm.id, tone: value } });
  const unfavourable = { actorId: firm.id, attributes: { direction: "unfavourable" } };

  const a1 = await article(a.id, 200, "2026-03-10");
  await assign(a1.id, [ravi, rosa]);
  await adjudicate(a1.id, editor.id);
  const gold = { layer: "GOLD" } as const;
  await tag(a1.id, editor.id, "loaded.loaded_term", "greedy", { ...gold, ...unfavourable });
  await tag(a1.id, editor.id, "frame.economic", "Prices rose.", gold);
  await tag(a1.id, editor.id, "attribution.reported_speech", "Officials spoke.", {
    ...gold,
    actorId: firm.id,
    attributes: voice("officials", "indirect"),
  });
  await tone((await articleForm(a1.id, editor.id, { primary: null, headline: null }, "GOLD")).id, -2);

  const a2 = await article(a.id, 300, "2026-03-11");
  await assign(a2.id, [ravi, rosa]);
  for (const [reviewer, value] of [
    [ravi, -1],
    [rosa, 0],
  ] as const) {
    await tag(a2.id, reviewer.id, "loaded.loaded_term", "reckless", unfavourable);
    await tag(a2.id, reviewer.id, "frame.morality", "Prices rose.");
    await tone((await articleForm(a2.id, reviewer.id, { primary: null, headline: null })).id, value);
  }

  const b1 = await article(b.id, 100, "2026-03-11");
  await db().article.update({ where: { id: b1.id }, data: { syndicatedFromId: a2.id, syndicationSimilarity: 0.95 } });
  await assign(b1.id, [ravi, rosa], [rosa]);
  await tag(b1.id, rosa.id, "loaded.loaded_term", "Heroic", {
    actorId: city.id,
    attributes: { direction: "favourable" },
  });
  await tag(b1.id, rosa.id, "frame.morality", "Prices rose.");
  await tag(b1.id, rosa.id, "attribution.reported_speech", "Officials spoke.", {
    actorId: city.id,
    attributes: voice("officials", "indirect"),
  });
  await tone((await articleForm(b1.id, rosa.id, { primary: null, headline: null })).id, 1);
  return { event, editor, rosa, a, b, firm, city, a1, a2, b1 };
}

import { describe, expect, it } from "vitest";
import { tag } from "../analytics/compare-fixture.ts";
import { DEFAULT_FILTERS } from "../analytics/filters.ts";
import { createReport } from "./create-report.ts";
import { findReport } from "./find-report.ts";
import { publishReport } from "./publish-report.ts";
import type { ReportSnapshot } from "./report-snapshot.ts";
import type { ReportSection } from "./schemas.ts";
import { secondPartScenario } from "./second-part-fixture.ts";

const SECOND_PART: ReportSection[] = ["loaded", "tone", "timeline", "divergence", "differences"];

// Jensen–Shannon distance (base 2) of (½, ½) and (0, 1): √((KL(P‖M) + KL(Q‖M)) / 2) with M = (¼, ¾).
const HALF_AND_ONE = Math.sqrt((0.5 + 0.5 * Math.log2(2 / 3) + Math.log2(4 / 3)) / 2);

async function published() {
  const scenario = await secondPartScenario();
  const { event, editor } = scenario;
  const content = { sections: SECOND_PART, filters: DEFAULT_FILTERS };
  const id = await createReport(event.id, { title: "Second part", commentary: "", content }, editor.id);
  await publishReport(id, 1, editor.id);
  return { ...scenario, id, snapshot: (await findReport(id))!.snapshot! };
}

const distance = (divergence: ReportSnapshot["sections"]["divergence"] & object, mix: "frames" | "voices") => {
  const { outlets, distances } = divergence[mix];
  return { ids: outlets.map((outlet) => outlet.outletId), distances };
};

describe("reports with the comparison's second part", () => {
  it("freeze loaded language per 1,000 words, tone per actor, the timeline and wire copies", async () => {
    const { snapshot, a, b, firm, city } = await published();
    // A JSON column keeps no key order.
    expect(Object.keys(snapshot.sections).sort()).toEqual([...SECOND_PART].sort());
    expect(Object.keys(snapshot.agreement).sort()).toEqual([...SECOND_PART].sort());

    const loaded = snapshot.sections.loaded!;
    const outlet = (id: string) => loaded.loaded.outlets.find((one) => one.outletId === id)!;
    expect(outlet(a.id)).toMatchObject({ articles: 2, words: 500 });
    expect(outlet(a.id).densities.unfavourable).toMatchObject({ tags: 2, density: 4 });
    expect(outlet(b.id).densities.favourable).toMatchObject({ tags: 1, density: 10, low: 10, high: 10 });
    expect(outlet(b.id).targets).toEqual([expect.objectContaining({ actorId: city.id })]);
    expect(loaded.actors.map((actor) => actor.name)).toEqual(["Firm", "City"]);

    const tone = snapshot.sections.tone!.tone;
    expect(tone.cells).toHaveLength(2);
    expect(tone.cells).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ outletId: a.id, actorId: firm.id, mean: -1.25, min: -2, max: -0.5, articles: 2 }),
        expect.objectContaining({ outletId: b.id, actorId: firm.id, mean: 1, articles: 1, forms: 1 }),
      ]),
    );

    const { timeline, syndication } = snapshot.sections.timeline!;
    expect(timeline.unit).toBe("day");
    expect(timeline.starts).toEqual(["2026-03-10", "2026-03-11"]);
    expect(timeline.buckets).toHaveLength(3);
    expect(timeline.buckets).toContainEqual({ start: "2026-03-11", end: "2026-03-11", outletId: b.id, articles: 1 });
    expect(syndication).toEqual([expect.objectContaining({ originalOutletId: a.id, copyOutletId: b.id, copies: 1 })]);
  });

  it("freeze the divergence matrices and the permutation tests, and keep them when tags change", async () => {
    const { id, snapshot, a, b, b1, rosa } = await published();
    const divergence = snapshot.sections.divergence!;
    // Frames: A half economic, half morality; B all morality. Voices: A the firm, B the city.
    const frames = distance(divergence, "frames");
    expect(new Set(frames.ids)).toEqual(new Set([a.id, b.id]));
    expect(frames.distances[0][1]).toBeCloseTo(HALF_AND_ONE, 10);
    expect(distance(divergence, "voices").distances[0][1]).toBe(1);
    expect(divergence.n).toMatchObject({ counted: 3, gold: 1, tags: 5 });

    // A's 2 × 2 table against B (1 economic, 1 morality | 0, 1): χ² 0.75, V √(0.75 / 3); every shuffle of the three
    // articles gives at least as much, so p = 1.
    const differences = snapshot.sections.differences!;
    expect(
      differences.frames.map(({ outletId, articles, statistic, cramersV, p, pAdjusted }) => ({
        outletId,
        articles,
        statistic: Number(statistic.toFixed(10)),
        cramersV: Number(cramersV.toFixed(10)),
        p,
        pAdjusted,
      })),
    ).toEqual(
      expect.arrayContaining([
        { outletId: a.id, articles: 2, statistic: 0.75, cramersV: 0.5, p: 1, pAdjusted: 1 },
        { outletId: b.id, articles: 1, statistic: 0.75, cramersV: 0.5, p: 1, pAdjusted: 1 },
      ]),
    );
    expect(differences.voices.map((one) => [one.outletId, one.statistic, one.cramersV])).toEqual(
      expect.arrayContaining([
        [a.id, 2, 1],
        [b.id, 2, 1],
      ]),
    );
    expect(differences.frameLabels).toContainEqual({ code: "frame.morality", label: expect.any(String) });

    await tag(b1.id, rosa.id, "loaded.loaded_term", "greedy", { attributes: { direction: "unfavourable" } });
    const again = (await findReport(id))!.snapshot!;
    expect(again.sections).toEqual(snapshot.sections);
  });
});

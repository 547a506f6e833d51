import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS } from "../analytics/filters.ts";
import { secondPartScenario } from "../reports/second-part-fixture.ts";
import { chartRows } from "./computed/chart-rows.ts";
import { dataDictionary } from "./data-dictionary.ts";

describe("the charts export: the comparison's second part", () => {
  it("has a row per number of loaded language, tone, timeline, wire copies, divergence and the tests", async () => {
    const { event, a, b, firm, city } = await secondPartScenario();
    const { rows } = await chartRows(event.id, DEFAULT_FILTERS);
    const find = (chart: string, outletId: string, measure: string, key: string | null = null) =>
      rows.filter(
        (row) => row.chart === chart && row.outlet_id === outletId && row.measure === measure && row.key === key,
      );

    expect(find("loaded_language", a.id, "words")).toEqual([expect.objectContaining({ value: 500, articles: 2 })]);
    expect(find("loaded_language", a.id, "per_1000_words", "unfavourable")).toEqual([
      expect.objectContaining({ value: 4, actor_id: null }),
    ]);
    expect(find("loaded_language", b.id, "per_1000_words", "favourable")).toEqual([
      expect.objectContaining({ value: 10, low: 10, high: 10 }),
    ]);
    expect(find("loaded_language_by_target", b.id, "tags", "favourable")).toEqual([
      expect.objectContaining({ value: 1, actor_id: city.id }),
    ]);

    const tone = rows.filter((row) => row.chart === "tone" && row.outlet_id === a.id && row.actor_id === firm.id);
    expect(Object.fromEntries(tone.map((row) => [row.measure, row.value]))).toEqual({
      mean: -1.25,
      min: -2,
      q1: -1.625,
      median: -1.25,
      q3: -0.875,
      max: -0.5,
      forms: 2,
    });

    expect(find("timeline", a.id, "articles", "2026-03-10")).toEqual([
      expect.objectContaining({ value: 1, label: "day" }),
    ]);
    expect(rows.filter((row) => row.chart === "timeline")).toHaveLength(3);
    expect(find("syndication", b.id, "copies", a.id)).toEqual([expect.objectContaining({ value: 1 })]);

    expect(find("divergence_voices", a.id, "js_distance", b.id)).toEqual([expect.objectContaining({ value: 1 })]);
    expect(find("divergence_frames", b.id, "js_distance", a.id)[0].value).toBeCloseTo(0.5579, 4);
    expect(rows.filter((row) => row.chart === "divergence_frames")).toHaveLength(2);

    expect(find("differences_frames", a.id, "chi_square")[0].value).toBeCloseTo(0.75, 10);
    expect(find("differences_frames", a.id, "p_adjusted")).toEqual([
      expect.objectContaining({ value: 1, articles: 2 }),
    ]);
    expect(find("differences_voices", b.id, "cramers_v")).toEqual([expect.objectContaining({ value: 1 })]);
    expect(find("differences_frames", b.id, "largest_gap_share", "frame.economic")).toEqual([
      expect.objectContaining({ value: 0 }),
    ]);
  });

  it("documents the new charts and measures in its data dictionary", () => {
    const dictionary = JSON.parse(dataDictionary("charts", "json")) as {
      columns: { name: string; description: string }[];
    };
    const described = (name: string) => dictionary.columns.find((column) => column.name === name)!.description;
    for (const chart of [
      "loaded_language",
      "tone",
      "timeline",
      "syndication",
      "divergence_frames",
      "differences_voices",
    ])
      expect(described("chart")).toContain(chart);
    for (const measure of ["per_1000_words", "js_distance", "cramers_v", "p_adjusted"])
      expect(described("measure")).toContain(measure);
  });
});

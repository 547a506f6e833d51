import { describe, expect, it } from "vitest";
import { NONE_COLOR, OTHER_COLOR } from "./palette";
import { segmentLinks } from "./segment-links";
import { seriesHref, stackedShares, type StackCell } from "./stacked-shares";

const row = (id: string) => ({ id, label: id.toUpperCase(), color: "#000000", thin: false, note: "" });

describe("stackedShares", () => {
  it("keeps the largest series, sums the rest into Other, and puts none last", () => {
    const cells: StackCell[] = [
      ...Array.from({ length: 11 }, (_, i) => ({ rowId: "a", key: `k${i}`, value: 20 - i })),
      { rowId: "b", key: "k0", value: 1 },
      { rowId: "b", key: null, value: 2 },
    ];
    const data = stackedShares({
      rows: [row("a"), row("b")],
      cells,
      unit: "tags",
      labelOf: (key) => key.toUpperCase(),
      noneLabel: "None",
      links: segmentLinks((rowId, key) => `/p/${rowId}/${key}`, "none"),
    });
    expect(data.series.map((series) => series.key)).toEqual([
      "k0",
      "k1",
      "k2",
      "k3",
      "k4",
      "k5",
      "k6",
      "k7",
      "__other",
      "__none",
    ]);
    expect(data.series.at(-2)!.color).toBe(OTHER_COLOR);
    expect(data.series.at(-1)).toEqual({ key: "__none", label: "None", color: NONE_COLOR });
    expect(data.values.a.__other).toBe(12 + 11 + 10);
    expect(data.rows.map((r) => r.total)).toEqual([20 + 19 + 18 + 17 + 16 + 15 + 14 + 13 + 12 + 11 + 10, 3]);
    expect(seriesHref(data, "a", "__other")).toBeNull();
    expect(seriesHref(data, "b", "__none")).toBe("/p/b/none");
    expect(seriesHref(data, "b", "k0")).toBe("/p/b/k0");
  });
});

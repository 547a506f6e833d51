import { categoryColor, MAX_CATEGORIES, NONE_COLOR, OTHER_COLOR } from "./palette";
import { segmentHref, type SegmentLinks } from "./segment-links";
import type { StackedShareData } from "./stacked-share-chart";
import type { ChartRow, ChartSeries } from "./types";

export interface StackCell {
  rowId: string;
  /** The series (an actor's id, a frame's code); null for "none given". */
  key: string | null;
  value: number;
}

export interface StackInput {
  rows: ChartRow[];
  cells: StackCell[];
  unit: string;
  labelOf: (key: string) => string;
  /** The label of the null key: "No actor given", "Frame not set". */
  noneLabel: string;
  /** Where segments link (their passages); null where nothing does, as in a report. */
  links: SegmentLinks | null;
  /** Colours by key, when several charts must colour a category alike; else by rank. */
  colorOf?: (key: string) => string | undefined;
}

const NONE = "__none";
const OTHER = "__other";

/**
 * A stacked chart's data from cells: the nine largest series (over all rows) keep their own segment and colour,
 * smaller ones are summed into "Other", and "none given" comes last, so every bar adds up to its row's total.
 */
export function stackedShares(input: StackInput): StackedShareData {
  const totals = new Map<string, number>();
  for (const cell of input.cells) if (cell.key !== null) totals.set(cell.key, (totals.get(cell.key) ?? 0) + cell.value);
  const ranked = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key);
  const overflow = ranked.length > MAX_CATEGORIES;
  const kept = new Set(ranked.slice(0, overflow ? MAX_CATEGORIES - 1 : MAX_CATEGORIES));
  const seriesKey = (key: string | null) => (key === null ? NONE : kept.has(key) ? key : OTHER);
  const series: ChartSeries[] = [...kept].map((key, index) => ({
    key,
    label: input.labelOf(key),
    color: input.colorOf?.(key) ?? categoryColor(index),
  }));
  if (overflow) series.push({ key: OTHER, label: "Other", color: OTHER_COLOR });
  if (input.cells.some((cell) => cell.key === null && cell.value > 0))
    series.push({ key: NONE, label: input.noneLabel, color: NONE_COLOR });

  const values: StackedShareData["values"] = {};
  for (const cell of input.cells) {
    const key = seriesKey(cell.key);
    values[cell.rowId] ??= {};
    values[cell.rowId][key] = (values[cell.rowId][key] ?? 0) + cell.value;
  }
  const rows = input.rows.map((row) => ({
    ...row,
    total: Object.values(values[row.id] ?? {}).reduce((sum, value) => sum + value, 0),
  }));
  return { rows, series, values, links: input.links, unit: input.unit };
}

/** Where a segment (a row's share of a series) links: "Other" sums several series, so it links nowhere. */
export function seriesHref(data: StackedShareData, rowId: string, seriesKey: string): string | null {
  if (seriesKey === OTHER) return null;
  return segmentHref(data.links, rowId, seriesKey === NONE ? null : seriesKey);
}

import { formatTone, formatWeight } from "@/components/charts/format";
import type { RangeDotRow, RangeDotScale } from "@/components/charts/range-dot-chart";
import type { ChartRow } from "@/components/charts/types";
import type { Tone, ToneCell } from "@/lib/analytics/queries/measure-tone";
import { plural } from "@/lib/format";
import { outletRows, type OutletInfo } from "./compare-view";

export const TONE_SCALE: RangeDotScale = {
  domain: [-2, 2],
  ticks: [
    { value: -2, label: "−2" },
    { value: -1, label: "−1" },
    { value: 0, label: "0" },
    { value: 1, label: "+1" },
    { value: 2, label: "+2" },
  ],
  reference: 0,
};

/** Where an outlet's dot for an actor leads (its articles), or null where nothing links (a report). */
export type ToneHref = ((outletId: string, actorId: string) => string) | null;

export interface ToneCharts {
  /** The outlets with counted articles. */
  rows: ChartRow[];
  /** One chart per actor some counted form rated, in the event's actor order. */
  charts: { actor: { id: string; name: string }; rows: RangeDotRow[] }[];
}

/** The tone charts' rows: per actor, each outlet's mean tone with the spread of its articles. */
export function toneCharts(
  outlets: OutletInfo[],
  tone: Tone,
  actors: { id: string; name: string }[],
  href: ToneHref,
): ToneCharts {
  const rows = outletRows({ outlets }, tone.scope, (outlet) => ({
    note: plural(outlet.counted, "article"),
    thin: false,
  }));
  const rated = actors.filter((actor) => tone.cells.some((cell) => cell.actorId === actor.id));
  return {
    rows,
    charts: rated.map((actor) => ({
      actor,
      rows: rows.map((row) => {
        const cell = tone.cells.find((one) => one.outletId === row.id && one.actorId === actor.id);
        return toneRow(row, cell, cell && href ? href(row.id, actor.id) : null);
      }),
    })),
  };
}

function toneRow(row: ChartRow, cell: ToneCell | undefined, href: string | null): RangeDotRow {
  if (!cell)
    return {
      ...row,
      thin: false,
      value: null,
      low: null,
      high: null,
      valueLabel: "not rated",
      detail: "no rated article",
      href,
    };
  return {
    ...row,
    thin: cell.thin,
    value: cell.mean,
    low: cell.q1,
    high: cell.q3,
    min: cell.min,
    max: cell.max,
    valueLabel: formatTone(cell.mean),
    detail: `${plural(cell.articles, "rated article")} (${formatWeight(cell.forms)} forms); middle half ${formatTone(cell.q1)} to ${formatTone(cell.q3)}, range ${formatTone(cell.min)} to ${formatTone(cell.max)}`,
    href,
  };
}

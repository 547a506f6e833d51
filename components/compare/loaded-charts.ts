import { formatDensity, formatWeight, niceCeiling } from "@/components/charts/format";
import type { RangeDotRow, RangeDotScale } from "@/components/charts/range-dot-chart";
import type { ChartRow } from "@/components/charts/types";
import type { PassageSelector } from "@/lib/analytics/passage-selector";
import type {
  DensityCell,
  LoadedDirection,
  LoadedLanguage,
  OutletLoadedLanguage,
} from "@/lib/analytics/queries/measure-loaded-language";
import { plural } from "@/lib/format";
import { outletRows, type OutletInfo } from "./compare-view";

/** Where a loaded-language mark leads (its passages), or null where nothing links (a report). */
export type LoadedHref = ((outletId: string, selector: Omit<PassageSelector, "kind">) => string) | null;

const CHARTS: { direction: LoadedDirection; title: string }[] = [
  { direction: "unfavourable", title: "Unfavourable wording" },
  { direction: "favourable", title: "Favourable wording" },
];

export interface LoadedCharts {
  /** The outlets with counted articles. */
  rows: ChartRow[];
  /** One scale for both charts, so their dots compare. */
  scale: RangeDotScale;
  charts: { direction: LoadedDirection; title: string; rows: RangeDotRow[] }[];
  /** Tags of codebook version 1, which recorded no direction: in the targets table, not in the dots. */
  unstated: number;
}

/** The loaded-language charts' rows: each outlet's density per 1,000 words by direction, with its interval. */
export function loadedCharts(outlets: OutletInfo[], loaded: LoadedLanguage, href: LoadedHref): LoadedCharts {
  const outletOf = (id: string) => loaded.outlets.find((outlet) => outlet.outletId === id);
  const rows = outletRows({ outlets }, loaded.scope, (outlet) => ({
    note: `${plural(outlet.counted, "article")} · ${formatWeight(outletOf(outlet.outletId)?.words ?? 0)} words`,
    thin: false,
  }));
  const highest = Math.max(
    0,
    ...loaded.outlets.flatMap((outlet) => CHARTS.map(({ direction }) => outlet.densities[direction].high ?? 0)),
  );
  const top = niceCeiling(highest);
  return {
    rows,
    scale: { domain: [0, top], ticks: [0, top / 2, top].map((value) => ({ value, label: formatDensity(value) })) },
    charts: CHARTS.map(({ direction, title }) => ({
      direction,
      title,
      rows: rows.map((row) => densityRow(row, outletOf(row.id), direction, href)),
    })),
    unstated: loaded.outlets.reduce((sum, outlet) => sum + outlet.densities.unstated.tags, 0),
  };
}

function densityRow(
  row: ChartRow,
  outlet: OutletLoadedLanguage | undefined,
  direction: LoadedDirection,
  href: LoadedHref,
): RangeDotRow {
  const cell: DensityCell = outlet?.densities[direction] ?? {
    density: null,
    low: null,
    high: null,
    tags: 0,
    thin: true,
  };
  const interval = cell.low === null ? "" : `; 95% interval ${formatDensity(cell.low)} – ${formatDensity(cell.high)}`;
  return {
    ...row,
    thin: cell.thin,
    value: cell.density,
    low: cell.low,
    high: cell.high,
    valueLabel: formatDensity(cell.density),
    detail: `${formatWeight(cell.tags)} tags in ${formatWeight(outlet?.words ?? 0)} words${interval}`,
    href: href && cell.tags > 0 ? href(row.id, { direction }) : null,
  };
}

/** A density as the table shows it: without its interval, which only the charts draw. */
export type ShownDensity = Pick<DensityCell, "density" | "tags" | "thin">;

export interface ShownTarget {
  actorId: string | null;
  densities: Record<LoadedDirection, ShownDensity>;
}

export type ShownTargets = { outletId: string; targets: ShownTarget[] }[];

/** The part of each outlet's targets the targets table shows, so nothing else travels to the browser. */
export function shownTargets(outlets: OutletLoadedLanguage[]): ShownTargets {
  const shown = ({ density, tags, thin }: DensityCell): ShownDensity => ({ density, tags, thin });
  return outlets.map(({ outletId, targets }) => ({
    outletId,
    targets: targets.map(({ actorId, densities }) => ({
      actorId,
      densities: {
        unfavourable: shown(densities.unfavourable),
        favourable: shown(densities.favourable),
        unstated: shown(densities.unstated),
      },
    })),
  }));
}

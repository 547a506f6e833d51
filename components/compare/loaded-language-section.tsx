import { ChartOrTable } from "@/components/charts/chart-or-table";
import { formatDensity, formatWeight, niceCeiling } from "@/components/charts/format";
import { RangeDotChart, type RangeDotRow, type RangeDotScale } from "@/components/charts/range-dot-chart";
import { RangeDotTable } from "@/components/charts/range-dot-table";
import type { ChartRow } from "@/components/charts/types";
import type { PassageSelector } from "@/lib/analytics/passage-selector";
import {
  measureLoadedLanguage,
  type DensityCell,
  type LoadedDirection,
  type OutletLoadedLanguage,
} from "@/lib/analytics/queries/measure-loaded-language";
import { listEventActors } from "@/lib/events/actors/list-event-actors";
import { plural } from "@/lib/format";
import { ChartSection } from "./chart-section";
import { outletRows, passagesHref, type CompareView } from "./compare-view";
import styles from "./compare.module.css";
import { LoadedTargets } from "./loaded-targets";
import { NothingCounted } from "./nothing-counted";

const CHARTS: { direction: LoadedDirection; title: string }[] = [
  { direction: "unfavourable", title: "Unfavourable wording" },
  { direction: "favourable", title: "Favourable wording" },
];

/** Loaded language: how much charged wording each outlet uses per 1,000 words, which way, and at whom. */
export async function LoadedLanguageSection({ view }: { view: CompareView }) {
  const [loaded, actors] = await Promise.all([
    measureLoadedLanguage(view.eventId, view.filters),
    listEventActors(view.eventId),
  ]);
  const outletOf = (id: string) => loaded.outlets.find((outlet) => outlet.outletId === id);
  const rows = outletRows(view, loaded.scope, (outlet) => ({
    note: `${plural(outlet.counted, "article")} · ${formatWeight(outletOf(outlet.outletId)?.words ?? 0)} words`,
    thin: false,
  }));
  const href = (outletId: string, selector: Omit<PassageSelector, "kind">) =>
    passagesHref(view, { kind: "LOADED_LANGUAGE", ...selector, outlet: outletId, section: "loaded" });
  const highest = Math.max(
    0,
    ...loaded.outlets.flatMap((outlet) => CHARTS.map(({ direction }) => outlet.densities[direction].high ?? 0)),
  );
  const top = niceCeiling(highest);
  const scale: RangeDotScale = {
    domain: [0, top],
    ticks: [0, top / 2, top].map((value) => ({ value, label: formatDensity(value) })),
  };
  const unstated = loaded.outlets.reduce((sum, outlet) => sum + outlet.densities.unstated.tags, 0);
  return (
    <ChartSection
      id="loaded"
      title="Loaded language"
      intro="Charged wording in each outlet's own voice (not inside quotes), per 1,000 words of its counted articles, by whether it favours or disfavours the actor it is aimed at. Dots are rates; bands are 95% intervals from resampling the outlet's articles. Click a dot or a cell for its passages."
      n={loaded.n}
      unit="loaded-language tags"
      view={view}
    >
      {rows.length === 0 ? (
        <NothingCounted view={view} scope={loaded.scope} />
      ) : (
        <>
          <div className={styles.multiples}>
            {CHARTS.map(({ direction, title }) => {
              const densityRows = rows.map((row) => densityRow(row, outletOf(row.id), direction, href));
              return (
                <ChartOrTable
                  key={direction}
                  title={title}
                  chart={
                    <RangeDotChart
                      rows={densityRows}
                      scale={scale}
                      label={`${title}: tags per 1,000 words per outlet with 95% intervals`}
                    />
                  }
                  table={
                    <RangeDotTable caption={`${title} per outlet`} valueHeading="Per 1,000 words" rows={densityRows} />
                  }
                />
              );
            })}
          </div>
          {unstated > 0 && (
            <p className={styles.note}>
              {formatWeight(unstated)} loaded-language tags were made under codebook version 1, which recorded no
              direction: they count in the table below (as &ldquo;direction not recorded&rdquo;), not in the dots.
            </p>
          )}
          <LoadedTargets loaded={loaded} rows={rows} actors={actors} href={href} />
        </>
      )}
    </ChartSection>
  );
}

function densityRow(
  row: ChartRow,
  outlet: OutletLoadedLanguage | undefined,
  direction: LoadedDirection,
  href: (outletId: string, selector: Omit<PassageSelector, "kind">) => string,
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
    href: cell.tags > 0 ? href(row.id, { direction }) : null,
  };
}

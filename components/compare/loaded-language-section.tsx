import { ChartOrTable } from "@/components/charts/chart-or-table";
import { formatWeight } from "@/components/charts/format";
import { linkTemplate } from "@/components/charts/link-template";
import { RangeDotChart } from "@/components/charts/range-dot-chart";
import { RangeDotTable } from "@/components/charts/range-dot-table";
import type { PassageSelector } from "@/lib/analytics/passage-selector";
import { measureLoadedLanguage, type LoadedDirection } from "@/lib/analytics/queries/measure-loaded-language";
import { listEventActors } from "@/lib/events/actors/list-event-actors";
import { ChartSection } from "./chart-section";
import { passagesHref, type CompareView } from "./compare-view";
import styles from "./compare.module.css";
import { loadedCharts, shownTargets } from "./loaded-charts";
import { LoadedTargets } from "./loaded-targets";
import { NothingCounted } from "./nothing-counted";

/** Loaded language: how much charged wording each outlet uses per 1,000 words, which way, and at whom. */
export async function LoadedLanguageSection({ view }: { view: CompareView }) {
  const [loaded, actors] = await Promise.all([
    measureLoadedLanguage(view.eventId, view.filters),
    listEventActors(view.eventId),
  ]);
  const href = (outletId: string, selector: Omit<PassageSelector, "kind">) =>
    passagesHref(view, { kind: "LOADED_LANGUAGE", ...selector, outlet: outletId, section: "loaded" });
  const { rows, scale, charts, unstated } = loadedCharts(view.outlets, loaded, href);
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
            {charts.map(({ direction, title, rows: densityRows }) => (
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
            ))}
          </div>
          {unstated > 0 && (
            <p className={styles.note}>
              {formatWeight(unstated)} loaded-language tags were made under codebook version 1, which recorded no
              direction: they count in the table below (as &ldquo;direction not recorded&rdquo;), not in the dots.
            </p>
          )}
          <LoadedTargets
            outlets={shownTargets(loaded.outlets)}
            rows={rows}
            actors={actors.map(({ id, name }) => ({ id, name }))}
            link={linkTemplate(["outlet", "actor", "direction"], ({ outlet, actor, direction }) =>
              href(outlet, { actor, direction: direction as LoadedDirection }),
            )}
          />
        </>
      )}
    </ChartSection>
  );
}

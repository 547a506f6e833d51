import { ChartOrTable } from "@/components/charts/chart-or-table";
import { formatTone, formatWeight } from "@/components/charts/format";
import { RangeDotChart, type RangeDotRow, type RangeDotScale } from "@/components/charts/range-dot-chart";
import { RangeDotTable } from "@/components/charts/range-dot-table";
import type { ChartRow } from "@/components/charts/types";
import { measureTone, type ToneCell } from "@/lib/analytics/queries/measure-tone";
import { listEventActors } from "@/lib/events/actors/list-event-actors";
import { plural } from "@/lib/format";
import { ChartSection } from "./chart-section";
import { outletRows, passagesHref, type CompareView } from "./compare-view";
import styles from "./compare.module.css";
import { NothingCounted } from "./nothing-counted";

const SCALE: RangeDotScale = {
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

/** Tone toward each actor per outlet, from the article forms: the mean and how much articles differ. */
export async function ToneSection({ view }: { view: CompareView }) {
  const [tone, actors] = await Promise.all([measureTone(view.eventId, view.filters), listEventActors(view.eventId)]);
  const rows = outletRows(view, tone.scope, (outlet) => ({ note: plural(outlet.counted, "article"), thin: false }));
  const rated = actors.filter((actor) => tone.cells.some((cell) => cell.actorId === actor.id));
  return (
    <ChartSection
      id="tone"
      title="Tone toward each actor"
      intro="How favourably each outlet's articles treat each actor, as reviewers rated whole articles on the form (−2 hostile … +2 warm). The dot is the mean over rated articles (two reviewers' ratings averaged); the band spans the middle half of the articles (interquartile range) and the thin line the lowest to the highest article. Click a dot for the articles."
      n={tone.n}
      unit="rated articles"
      view={view}
    >
      {rows.length === 0 ? (
        <NothingCounted view={view} scope={tone.scope} />
      ) : rated.length === 0 ? (
        <p className={styles.note}>No counted article form rates the tone toward an actor yet.</p>
      ) : (
        <div className={styles.multiples}>
          {rated.map((actor) => {
            const toneRows = rows.map((row): RangeDotRow => {
              const cell = tone.cells.find((one) => one.outletId === row.id && one.actorId === actor.id);
              return toneRow(row, cell, cell ? passagesHref(view, toneSelector(row.id, actor.id)) : null);
            });
            return (
              <ChartOrTable
                key={actor.id}
                title={actor.name}
                chart={
                  <RangeDotChart
                    rows={toneRows}
                    scale={SCALE}
                    label={`Tone toward ${actor.name} per outlet: mean, interquartile range and range over articles`}
                  />
                }
                table={
                  <RangeDotTable caption={`Tone toward ${actor.name} per outlet`} valueHeading="Mean" rows={toneRows} />
                }
              />
            );
          })}
        </div>
      )}
    </ChartSection>
  );
}

function toneSelector(outletId: string, actorId: string) {
  return { kind: "TONE", actor: actorId, outlet: outletId, section: "tone" } as const;
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

import { ChartOrTable } from "@/components/charts/chart-or-table";
import { RangeDotChart } from "@/components/charts/range-dot-chart";
import { RangeDotTable } from "@/components/charts/range-dot-table";
import { measureTone } from "@/lib/analytics/queries/measure-tone";
import { listEventActors } from "@/lib/events/actors/list-event-actors";
import { ChartSection } from "./chart-section";
import { passagesHref, type CompareView } from "./compare-view";
import styles from "./compare.module.css";
import { NothingCounted } from "./nothing-counted";
import { TONE_SCALE, toneCharts } from "./tone-charts";

/** Tone toward each actor per outlet, from the article forms: the mean and how much articles differ. */
export async function ToneSection({ view }: { view: CompareView }) {
  const [tone, actors] = await Promise.all([measureTone(view.eventId, view.filters), listEventActors(view.eventId)]);
  const { rows, charts } = toneCharts(view.outlets, tone, actors, (outletId, actorId) =>
    passagesHref(view, { kind: "TONE", actor: actorId, outlet: outletId, section: "tone" }),
  );
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
      ) : charts.length === 0 ? (
        <p className={styles.note}>No counted article form rates the tone toward an actor yet.</p>
      ) : (
        <div className={styles.multiples}>
          {charts.map(({ actor, rows: toneRows }) => (
            <ChartOrTable
              key={actor.id}
              title={actor.name}
              chart={
                <RangeDotChart
                  rows={toneRows}
                  scale={TONE_SCALE}
                  label={`Tone toward ${actor.name} per outlet: mean, interquartile range and range over articles`}
                />
              }
              table={
                <RangeDotTable caption={`Tone toward ${actor.name} per outlet`} valueHeading="Mean" rows={toneRows} />
              }
            />
          ))}
        </div>
      )}
    </ChartSection>
  );
}

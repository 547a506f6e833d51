import { filterParams } from "@/lib/analytics/filters";
import { measureDivergence } from "@/lib/analytics/queries/measure-divergence";
import { listArticleMixes } from "@/lib/analytics/queries/list-article-mixes";
import { plural } from "@/lib/format";
import { chartN } from "@/lib/analytics/chart-n";
import { countScope } from "@/lib/analytics/queries/count-scope";
import { ChartSection } from "./chart-section";
import type { CompareView } from "./compare-view";
import styles from "./compare.module.css";
import { DivergenceMatrix } from "./divergence-matrix";
import { NothingCounted } from "./nothing-counted";

/** Which outlets covered the event most alike: distances between their frame mixes and their mixes of voices. */
export async function DivergenceSection({ view }: { view: CompareView }) {
  const [frames, voices, scope, frameRows, voiceRows] = await Promise.all([
    measureDivergence(view.eventId, view.filters, "frames"),
    measureDivergence(view.eventId, view.filters, "actors"),
    countScope(view.eventId, view.filters),
    listArticleMixes(view.eventId, view.filters, "frames"),
    listArticleMixes(view.eventId, view.filters, "actors"),
  ]);
  const tags = [...frameRows, ...voiceRows].reduce((sum, row) => sum + row.tags, 0);
  // A cell opens the comparison of just those two outlets, at the section the mix comes from.
  const pairHref = (anchor: string) => (a: string, b: string) =>
    `${view.path}?${filterParams({ ...view.filters, outlets: [a, b] })}#${anchor}`;
  return (
    <ChartSection
      id="divergence"
      title="Which outlets covered it alike"
      intro={
        <>
          Each cell is the Jensen–Shannon distance between two outlets&apos; mixes (base 2): 0 means the same shares, 1
          means nothing in common. Outlets are ordered so similar ones sit together. Click a cell to compare just those
          two outlets.
        </>
      }
      n={chartN(scope.total, view.filters.basis, tags)}
      unit="frame and attribution tags"
      view={view}
    >
      {scope.total.counted === 0 ? (
        <NothingCounted view={view} scope={scope} />
      ) : (
        <div className={styles.multiples}>
          <DivergenceMatrix
            title="Frame mix"
            divergence={frames}
            outlets={view.outlets}
            pairHref={pairHref("frames")}
          />
          <DivergenceMatrix
            title="Voices, by actor"
            divergence={voices}
            outlets={view.outlets}
            pairHref={pairHref("voices")}
          />
        </div>
      )}
      <p className={styles.note}>
        Frame mix over {plural(frames.outlets.length, "outlet")} with frame passages; voices over the actors their
        attributions speak for (&ldquo;no actor&rdquo; counts as one more).
      </p>
    </ChartSection>
  );
}

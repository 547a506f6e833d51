import { linkTemplate } from "@/components/charts/link-template";
import { filterParams } from "@/lib/analytics/filters";
import { measureDivergence } from "@/lib/analytics/queries/measure-divergence";
import { listArticleMixes } from "@/lib/analytics/queries/list-article-mixes";
import { plural } from "@/lib/format";
import { chartN } from "@/lib/analytics/chart-n";
import { countScope } from "@/lib/analytics/queries/count-scope";
import { mostCoveredOutlets, narrowDivergence } from "@/lib/analytics/top-divergence";
import { ChartSection } from "./chart-section";
import type { CompareView } from "./compare-view";
import styles from "./compare.module.css";
import { DivergenceMatrix } from "./divergence-matrix";
import { MatrixLimitNote } from "./matrix-limit-note";
import { NothingCounted } from "./nothing-counted";

// 20² = 400 cells a matrix: the "about 1,000 marks" a chart, and a table an editor can still scan.
const MATRIX_OUTLETS = 20;

/**
 * Which outlets covered the event most alike: distances between their frame mixes and their mixes of voices, for
 * the most covered outlets unless `showAll` (the link under the matrices) asks for every one.
 */
export async function DivergenceSection({ view, showAll }: { view: CompareView; showAll: boolean }) {
  const [frames, voices, scope, frameRows, voiceRows] = await Promise.all([
    measureDivergence(view.eventId, view.filters, "frames"),
    measureDivergence(view.eventId, view.filters, "actors"),
    countScope(view.eventId, view.filters),
    listArticleMixes(view.eventId, view.filters, "frames"),
    listArticleMixes(view.eventId, view.filters, "actors"),
  ]);
  const counted = scope.outlets.filter((outlet) => outlet.counted > 0);
  const keep = mostCoveredOutlets(counted, showAll ? counted.length : MATRIX_OUTLETS);
  const tags = [...frameRows, ...voiceRows].reduce((sum, row) => sum + row.tags, 0);
  // A cell opens the comparison of just those two outlets, at the section the mix comes from.
  const pairLink = (anchor: string) =>
    linkTemplate(
      ["a", "b"],
      ({ a, b }) => `${view.path}?${filterParams({ ...view.filters, outlets: [a, b] })}#${anchor}`,
    );
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
            divergence={narrowDivergence(frames, keep)}
            outlets={view.outlets}
            pairLink={pairLink("frames")}
          />
          <DivergenceMatrix
            title="Voices, by actor"
            divergence={narrowDivergence(voices, keep)}
            outlets={view.outlets}
            pairLink={pairLink("voices")}
          />
        </div>
      )}
      {counted.length > MATRIX_OUTLETS && (
        <MatrixLimitNote view={view} shown={showAll ? counted.length : MATRIX_OUTLETS} of={counted.length} />
      )}
      <p className={styles.note}>
        Frame mix over {plural(frames.outlets.length, "outlet")} with frame passages; voices over the actors their
        attributions speak for (&ldquo;no actor&rdquo; counts as one more).
      </p>
    </ChartSection>
  );
}

import Link from "next/link";
import { ChartOrTable } from "@/components/charts/chart-or-table";
import { TimelineChart } from "@/components/charts/timeline-chart";
import { filterParams } from "@/lib/analytics/filters";
import { countArticlesOverTime } from "@/lib/analytics/queries/count-articles-over-time";
import { listSyndication } from "@/lib/analytics/queries/list-syndication";
import { plural } from "@/lib/format";
import { ChartSection } from "./chart-section";
import type { CompareView } from "./compare-view";
import styles from "./compare.module.css";
import { SyndicationTable } from "./syndication-table";
import { timelineData, UNIT_WORDS } from "./timeline-data";
import { TimelineTable } from "./timeline-table";

/** When each outlet published, and which outlets ran the same wire copy. */
export async function TimelineSection({ view }: { view: CompareView }) {
  const [timeline, syndication] = await Promise.all([
    countArticlesOverTime(view.eventId, view.filters),
    listSyndication(view.eventId, view.filters),
  ]);
  const data = timelineData(
    view.outlets,
    timeline,
    (bucket) => `${view.path}?${filterParams({ ...view.filters, from: bucket.start, to: bucket.end })}`,
  );
  const undated = timeline.undated.reduce((sum, row) => sum + row.articles, 0);
  const other = view.filters.copies === "each" ? "once" : "each";
  return (
    <ChartSection
      id="timeline"
      title="Timeline and syndication"
      intro={`Articles per ${UNIT_WORDS[timeline.unit]} and outlet (every article the filters keep, tagged or not), and which outlets ran another outlet's story again. Click a bar to compare just those dates.`}
      n={`${plural(timeline.scope.total.inScope, "article")} in view, tagged or not`}
      view={view}
    >
      {data.buckets.length === 0 ? (
        <p className={styles.note}>No dated article matches these filters.</p>
      ) : (
        <ChartOrTable
          title={`Articles per ${timeline.unit}`}
          chart={<TimelineChart data={data} label={`Articles per ${timeline.unit}, stacked by outlet`} />}
          table={<TimelineTable data={data} />}
        />
      )}
      {undated > 0 && <p className={styles.note}>{plural(undated, "article")} without a publication date left out.</p>}
      <div className={styles.subsection}>
        <h3>Same wire copy</h3>
        <p className={styles.subIntro}>
          Copies found at import (near-identical text, the earliest stored copy taken as the original). Copies are now
          counted {view.filters.copies === "each" ? "for each outlet that ran them" : "once, under the original"}.{" "}
          <Link href={`${view.path}?${filterParams({ ...view.filters, copies: other })}#timeline`}>
            Count them {other === "once" ? "once" : "for each outlet"}
          </Link>
        </p>
        <SyndicationTable cells={syndication} outlets={view.outlets} />
      </div>
    </ChartSection>
  );
}

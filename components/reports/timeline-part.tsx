import { SyndicationTable } from "@/components/compare/syndication-table";
import { plural } from "@/lib/format";
import type { ReportSnapshot, SectionData } from "@/lib/reports/report-snapshot";
import { reportOutlets } from "./outlet-columns";
import { ReportChartFigure } from "./report-chart-figure";
import { timelineReportCharts } from "./second-part-charts";
import styles from "./report.module.css";

/** When each outlet published, and which outlets ran another outlet's story again. */
export function TimelinePart({ snapshot, data }: { snapshot: ReportSnapshot; data: SectionData["timeline"] }) {
  const charts = timelineReportCharts(snapshot, data);
  const undated = data.timeline.undated.reduce((sum, row) => sum + row.articles, 0);
  return (
    <>
      {charts.length === 0 && <p className={styles.muted}>No dated article matches the report&apos;s filters.</p>}
      {charts.map((chart) => (
        <ReportChartFigure key={chart.id} chart={chart} />
      ))}
      {undated > 0 && <p className={styles.muted}>{plural(undated, "article")} without a publication date left out.</p>}
      <div className={styles.tableBlock}>
        <h3>Same wire copy</h3>
        <p className={styles.howTo}>
          Copies found at import (near-identical text, the earliest stored copy taken as the original); counted{" "}
          {snapshot.filters.copies === "each" ? "for each outlet that ran them" : "once, under the original"}.
        </p>
        <SyndicationTable cells={data.syndication} outlets={reportOutlets(snapshot)} linkArticles={false} />
      </div>
    </>
  );
}

import type { ReportSnapshot, SectionData } from "@/lib/reports/report-snapshot";
import { ReportChartFigure } from "./report-chart-figure";
import { toneReportCharts } from "./second-part-charts";
import styles from "./report.module.css";

/** Tone toward each actor per outlet from the article forms: the mean, the middle half and the range. */
export function TonePart({ snapshot, data }: { snapshot: ReportSnapshot; data: SectionData["tone"] }) {
  const charts = toneReportCharts(snapshot, data);
  if (charts.length === 0)
    return <p className={styles.muted}>No counted article form rates the tone toward an actor.</p>;
  return (
    <>
      <p className={styles.howTo}>
        How favourably each outlet&apos;s articles treat each actor, as reviewers rated whole articles (−2 hostile … +2
        warm). The dot is the mean over rated articles; the band spans the middle half of the articles and the thin line
        the lowest to the highest.
      </p>
      {charts.map((chart) => (
        <ReportChartFigure key={chart.id} chart={chart} />
      ))}
    </>
  );
}

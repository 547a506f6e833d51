import { formatWeight } from "@/components/charts/format";
import { loadedCharts, shownTargets } from "@/components/compare/loaded-charts";
import { LoadedTargets } from "@/components/compare/loaded-targets";
import type { ReportSnapshot, SectionData } from "@/lib/reports/report-snapshot";
import { reportOutlets } from "./outlet-columns";
import { ReportChartFigure } from "./report-chart-figure";
import { loadedReportCharts } from "./second-part-charts";
import styles from "./report.module.css";

/** Loaded language: charged wording per 1,000 words by direction, with intervals, and at whom it is aimed. */
export function LoadedPart({ snapshot, data }: { snapshot: ReportSnapshot; data: SectionData["loaded"] }) {
  const { rows, unstated } = loadedCharts(reportOutlets(snapshot), data.loaded, null);
  if (rows.length === 0) return <p className={styles.muted}>No counted article in view.</p>;
  return (
    <>
      <p className={styles.howTo}>
        Charged wording in each outlet&apos;s own voice (not inside quotes), per 1,000 words of its counted articles.
        Dots are rates; bands are 95% intervals from resampling the outlet&apos;s articles.
      </p>
      {loadedReportCharts(snapshot, data).map((chart) => (
        <ReportChartFigure key={chart.id} chart={chart} />
      ))}
      {unstated > 0 && (
        <p className={styles.muted}>
          {formatWeight(unstated)} loaded-language tags were made under codebook version 1, which recorded no direction:
          they count in the table below (as &ldquo;direction not recorded&rdquo;), not in the dots.
        </p>
      )}
      <div className={styles.tableBlock}>
        <LoadedTargets outlets={shownTargets(data.loaded.outlets)} rows={rows} actors={data.actors} link={null} />
      </div>
    </>
  );
}

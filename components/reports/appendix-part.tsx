import { RangeDotTable } from "@/components/charts/range-dot-table";
import { StackTable } from "@/components/charts/stack-table";
import { TimelineTable } from "@/components/compare/timeline-table";
import type { ReportChart } from "./report-charts";
import styles from "./report.module.css";

function ChartTable({ chart }: { chart: ReportChart }) {
  if (chart.kind === "range")
    return <RangeDotTable caption={chart.title} valueHeading={chart.valueHeading} rows={chart.rows} />;
  if (chart.kind === "timeline") return <TimelineTable data={chart.data} />;
  return <StackTable data={chart.data} caption={`${chart.title} (count in brackets)`} />;
}

export const APPENDIX_TITLE = "Appendix: the tables behind the charts";

/** The numbers behind every chart, as tables: the same tables the comparison shows beside its charts. */
export function AppendixPart({ charts }: { charts: ReportChart[] }) {
  return (
    <section id="appendix" className={`${styles.section} ${styles.appendix}`} aria-labelledby="appendix-heading">
      <h2 id="appendix-heading">{APPENDIX_TITLE}</h2>
      {charts.length === 0 && <p className={styles.muted}>This report has no charts.</p>}
      {charts.map((chart) => (
        <ChartTable key={chart.id} chart={chart} />
      ))}
    </section>
  );
}

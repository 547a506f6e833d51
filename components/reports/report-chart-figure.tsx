import { RangeDotChart } from "@/components/charts/range-dot-chart";
import { StackedShareChart } from "@/components/charts/stacked-share-chart";
import { TimelineChart } from "@/components/charts/timeline-chart";
import type { ReportChart } from "./report-charts";
import styles from "./report.module.css";

function Chart({ chart }: { chart: ReportChart }) {
  if (chart.kind === "range") return <RangeDotChart rows={chart.rows} scale={chart.scale} label={chart.label} />;
  if (chart.kind === "timeline") return <TimelineChart data={chart.data} label={`${chart.title}, stacked by outlet`} />;
  return <StackedShareChart data={chart.data} label={`${chart.title}, one 100% bar per outlet`} />;
}

/**
 * One chart of a report. `data-chart` lets the PDF renderer wait until every chart has drawn its SVG; in print the
 * box has a fixed width, so the chart is laid out once at the page's width.
 */
export function ReportChartFigure({ chart }: { chart: ReportChart }) {
  return (
    <div className={styles.chart} data-chart={chart.id}>
      <h3>{chart.title}</h3>
      <Chart chart={chart} />
    </div>
  );
}

import { StackedShareChart } from "@/components/charts/stacked-share-chart";
import type { ReportChart } from "./report-charts";
import styles from "./report.module.css";

/**
 * One chart of a report. `data-chart` lets the PDF renderer wait until every chart has drawn its SVG; in print the
 * box has a fixed width, so the chart is laid out once at the page's width.
 */
export function ReportChartFigure({ chart }: { chart: ReportChart }) {
  return (
    <div className={styles.chart} data-chart={chart.id}>
      <h3>{chart.title}</h3>
      <StackedShareChart data={chart.data} label={`${chart.title}, one 100% bar per outlet`} />
    </div>
  );
}

import { StackTable } from "@/components/charts/stack-table";
import type { ReportChart } from "./report-charts";
import styles from "./report.module.css";

/** The numbers behind every chart, as tables: share and count per outlet and segment. */
export function AppendixPart({ charts }: { charts: ReportChart[] }) {
  return (
    <section id="appendix" className={`${styles.section} ${styles.appendix}`} aria-labelledby="appendix-heading">
      <h2 id="appendix-heading">Appendix: the tables behind the charts</h2>
      {charts.length === 0 && <p className={styles.muted}>This report has no charts.</p>}
      {charts.map((chart) => (
        <StackTable key={chart.id} data={chart.data} caption={`${chart.title} (count in brackets)`} />
      ))}
    </section>
  );
}

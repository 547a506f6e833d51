import type { TooltipContentProps } from "recharts";
import styles from "./charts.module.css";
import type { RangeDotRow } from "./range-dot-chart";

/** An outlet's value and what its marks mean. */
export function RangeDotTooltip({ active, label, rows }: Partial<TooltipContentProps> & { rows: RangeDotRow[] }) {
  const row = rows.find((candidate) => candidate.id === label);
  if (!active || !row || row.value === null) return null;
  return (
    <div className={styles.tooltip}>
      <strong>
        {row.label}: {row.valueLabel}
      </strong>
      <p className={styles.hint}>{row.detail}</p>
      {row.thin && <p className={styles.hint}>Thin data: read with care.</p>}
    </div>
  );
}

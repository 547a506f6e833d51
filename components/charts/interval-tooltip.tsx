import type { TooltipContentProps } from "recharts";
import styles from "./charts.module.css";
import { formatShare } from "./format";
import type { IntervalRow } from "./interval-chart";

/** An outlet's share, what it is a share of, and its bootstrap interval. */
export function IntervalTooltip({ active, label, rows }: Partial<TooltipContentProps> & { rows: IntervalRow[] }) {
  const row = rows.find((candidate) => candidate.id === label);
  if (!active || !row) return null;
  return (
    <div className={styles.tooltip}>
      <strong>
        {row.label}: {formatShare(row.share)}
      </strong>
      <p className={styles.hint}>{row.detail}</p>
      {row.low !== null && (
        <p className={styles.hint}>
          95% interval {formatShare(row.low)} – {formatShare(row.high)} (bootstrap over articles)
        </p>
      )}
      {row.thin && <p className={styles.hint}>Thin data: read with care.</p>}
    </div>
  );
}

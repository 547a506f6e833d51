import type { TooltipContentProps } from "recharts";
import styles from "./charts.module.css";
import { formatShare, formatWeight } from "./format";
import type { ChartRow, ChartSeries } from "./types";

type Props = Partial<TooltipContentProps> & {
  rows: (ChartRow & { total: number })[];
  series: ChartSeries[];
  unit: string;
};

/** An outlet's segments with share and count, largest first; segments with nothing are left out. */
export function StackTooltip({ active, payload, label, rows, series, unit }: Props) {
  const row = rows.find((candidate) => candidate.id === label);
  if (!active || !payload?.length || !row) return null;
  const entries = series
    .map((one) => ({ ...one, value: Number(payload.find((entry) => entry.dataKey === one.key)?.value ?? 0) }))
    .filter((entry) => entry.value > 0)
    .sort((a, b) => b.value - a.value);
  return (
    <div className={styles.tooltip}>
      <strong>
        {row.label}: {formatWeight(row.total)} {unit}
      </strong>
      <ul>
        {entries.map((entry) => (
          <li key={entry.key}>
            <span className={styles.swatch} style={{ background: entry.color }} /> {entry.label}
            <span className={styles.value}>
              {formatShare(entry.value / row.total)} · {formatWeight(entry.value)}
            </span>
          </li>
        ))}
      </ul>
      {row.thin && <p className={styles.hint}>Thin data: read with care.</p>}
    </div>
  );
}

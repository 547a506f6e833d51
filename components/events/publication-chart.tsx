"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import styles from "./publication-timeline.module.css";

export interface ChartSeries {
  id: string;
  name: string;
  color: string;
}

export type ChartDay = { day: string; label: string } & Record<string, number | string>;

/** Articles per day, one stacked bar segment per outlet. Rendered in the browser: Recharts measures the DOM. */
export function PublicationChart({ data, series }: { data: ChartDay[]; series: ChartSeries[] }) {
  return (
    <BarChart responsive data={data} className={styles.chart} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
      <CartesianGrid vertical={false} stroke="#e7eaf0" />
      <XAxis dataKey="label" tickLine={false} axisLine={{ stroke: "#c9ced8" }} interval="preserveStartEnd" />
      <YAxis allowDecimals={false} tickLine={false} axisLine={false} width={48} />
      <Tooltip content={DayTooltip} cursor={{ fill: "rgb(36 86 201 / 0.06)" }} />
      {series.map((outlet) => (
        <Bar
          key={outlet.id}
          dataKey={outlet.id}
          name={outlet.name}
          stackId="articles"
          fill={outlet.color}
          maxBarSize={80}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}

/** The day's total and only the outlets that published, largest first: twenty zero rows help nobody. */
function DayTooltip({ active, payload, label }: TooltipContentProps) {
  if (!active || !payload?.length) return null;
  const published = payload
    .filter((entry) => Number(entry.value) > 0)
    .sort((a, b) => Number(b.value) - Number(a.value));
  const total = published.reduce((sum, entry) => sum + Number(entry.value), 0);
  return (
    <div className={styles.tooltip}>
      <strong>
        {label}: {total} {total === 1 ? "article" : "articles"}
      </strong>
      <ul>
        {published.map((entry) => (
          <li key={String(entry.dataKey)}>
            <span className={styles.swatch} style={{ background: entry.color }} /> <bdi>{entry.name}</bdi> {entry.value}
          </li>
        ))}
      </ul>
    </div>
  );
}

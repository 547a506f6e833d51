"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";
import styles from "./charts.module.css";
import { FocusableBar } from "./focusable-bar";
import { StackTooltip } from "./stack-tooltip";
import type { ChartSeries } from "./types";

export interface TimelineData {
  /** Bucket starts (YYYY-MM-DD) with their axis labels ("10 Mar", "week of 9 Mar"). */
  buckets: { start: string; label: string }[];
  /** The outlets, each a series in its own colour. */
  series: ChartSeries[];
  /** Bucket start → outlet id → articles. */
  values: Record<string, Record<string, number>>;
  /** Bucket start → where a click leads (the comparison narrowed to that bucket); none in a report. */
  hrefs: Record<string, string>;
}

/**
 * Articles per time bucket, stacked by outlet in the outlets' colours. A segment opens the comparison narrowed
 * to its bucket's dates, by mouse or keyboard.
 */
export function TimelineChart({ data, label }: { data: TimelineData; label: string }) {
  const router = useRouter();
  const chartData = data.buckets.map((bucket) => ({ id: bucket.start, ...data.values[bucket.start] }));
  const labelOf = (start: string) => data.buckets.find((bucket) => bucket.start === start)?.label ?? start;
  const shape = (series: ChartSeries) =>
    function Segment(props: BarShapeProps) {
      const start = data.buckets[props.index].start;
      const articles = data.values[start]?.[series.key] ?? 0;
      const href = data.hrefs[start];
      return (
        <FocusableBar
          x={props.x}
          y={props.y}
          width={props.width}
          height={props.height}
          fill={series.color}
          description={`${labelOf(start)}, ${series.label}: ${articles} ${articles === 1 ? "article" : "articles"}.${href ? " Compare these dates." : ""}`}
          onOpen={href ? () => router.push(href) : undefined}
        />
      );
    };
  const rows = data.buckets.map((bucket) => ({
    id: bucket.start,
    label: bucket.label,
    color: "",
    thin: false,
    note: "",
    total: Object.values(data.values[bucket.start] ?? {}).reduce((sum, value) => sum + value, 0),
  }));
  return (
    <figure className={styles.chart} aria-label={label}>
      <BarChart
        responsive
        data={chartData}
        accessibilityLayer={false}
        style={{ width: "100%", height: 240 }}
        margin={{ top: 8, right: 8, bottom: 4, left: 0 }}
        barCategoryGap="12%"
      >
        <CartesianGrid vertical={false} stroke="#e7eaf0" />
        <XAxis dataKey="id" tickFormatter={labelOf} tickLine={false} axisLine={{ stroke: "#c9ced8" }} fontSize={12} />
        <YAxis allowDecimals={false} width={32} tickLine={false} axisLine={false} fontSize={12} />
        <Tooltip
          cursor={{ fill: "rgb(36 86 201 / 0.06)" }}
          content={(props) => <StackTooltip {...props} rows={rows} series={data.series} unit="articles" />}
        />
        {data.series.map((series) => (
          <Bar
            key={series.key}
            dataKey={series.key}
            name={series.label}
            stackId="articles"
            fill={series.color}
            isAnimationActive={false}
            shape={shape(series)}
          />
        ))}
      </BarChart>
      <ul className={styles.legend} aria-label="Legend">
        {data.series.map((series) => (
          <li key={series.key}>
            <span className={styles.swatch} style={{ background: series.color }} /> {series.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";
import styles from "./charts.module.css";
import { DeferredChart } from "./deferred-chart";
import { FocusableBar } from "./focusable-bar";
import { formatShare, formatWeight } from "./format";
import { OutletTick, TICK_WIDTH } from "./outlet-tick";
import type { SegmentLinks } from "./segment-links";
import { seriesHref } from "./stacked-shares";
import { labelColorOn } from "./palette";
import { StackTooltip } from "./stack-tooltip";
import type { ChartRow, ChartSeries } from "./types";
import { useNarrow } from "./use-narrow";

export interface StackedShareData {
  rows: (ChartRow & { total: number })[];
  series: ChartSeries[];
  /** Row id → series key → value (weighted tags, quoted words, articles). */
  values: Record<string, Record<string, number>>;
  /** Where each segment's passages are listed (see `seriesHref`); null where nothing links. */
  links: SegmentLinks | null;
  /** What the values count: "tags", "quoted words", "articles". */
  unit: string;
}

const ROW_HEIGHT = 52;

/**
 * One 100% bar per outlet, split into the shares of each series, with the share written in every segment wide
 * enough for it and the counts on hover. Each segment is a link to the passages behind it, by mouse or keyboard.
 */
export function StackedShareChart({ data, label }: { data: StackedShareData; label: string }) {
  const router = useRouter();
  const narrow = useNarrow();
  const rows = data.rows.filter((row) => row.total > 0);
  const chartData = rows.map((row) => ({ id: row.id, ...data.values[row.id] }));
  const shape = (series: ChartSeries) =>
    function Segment(props: BarShapeProps) {
      const row = rows[props.index];
      const value = data.values[row.id]?.[series.key] ?? 0;
      const share = formatShare(value / row.total);
      const href = seriesHref(data, row.id, series.key);
      return (
        <FocusableBar
          x={props.x}
          y={props.y}
          width={props.width}
          height={props.height}
          fill={series.color}
          label={share}
          labelColor={labelColorOn(series.color)}
          description={`${row.label}, ${series.label}: ${share} (${formatWeight(value)} of ${formatWeight(row.total)} ${data.unit})${href ? ". Show the passages." : ""}`}
          onOpen={href ? () => router.push(href) : undefined}
        />
      );
    };
  return (
    <figure className={styles.chart} aria-label={label}>
      <DeferredChart height={rows.length * ROW_HEIGHT + 36}>
        <BarChart
          layout="vertical"
          responsive
          data={chartData}
          stackOffset="expand"
          accessibilityLayer={false}
          style={{ width: "100%", height: rows.length * ROW_HEIGHT + 36 }}
          margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
          barCategoryGap={10}
        >
          <CartesianGrid horizontal={false} stroke="#e7eaf0" />
          <XAxis
            type="number"
            domain={[0, 1]}
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            tickFormatter={(value: number) => formatShare(value)}
            tickLine={false}
            axisLine={{ stroke: "#c9ced8" }}
            fontSize={12}
          />
          <YAxis
            type="category"
            dataKey="id"
            width={narrow ? TICK_WIDTH.compact : TICK_WIDTH.full}
            tickLine={false}
            axisLine={false}
            interval={0}
            tick={(props) => <OutletTick {...props} rows={rows} compact={narrow} />}
          />
          <Tooltip
            cursor={{ fill: "rgb(36 86 201 / 0.06)" }}
            content={(props) => <StackTooltip {...props} rows={rows} series={data.series} unit={data.unit} />}
          />
          {data.series.map((series) => (
            <Bar
              key={series.key}
              dataKey={series.key}
              name={series.label}
              stackId="share"
              fill={series.color}
              isAnimationActive={false}
              shape={shape(series)}
            />
          ))}
        </BarChart>
      </DeferredChart>
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

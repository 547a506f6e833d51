"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, ErrorBar, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";
import styles from "./charts.module.css";
import { DeferredChart } from "./deferred-chart";
import { FocusableBar } from "./focusable-bar";
import { formatShare } from "./format";
import { IntervalTooltip } from "./interval-tooltip";
import { OutletTick, TICK_WIDTH } from "./outlet-tick";
import type { ChartRow } from "./types";

export interface IntervalRow extends ChartRow {
  share: number | null;
  low: number | null;
  high: number | null;
  /** "1 of 3 attributions". */
  detail: string;
  href: string | null;
}

const ROW_HEIGHT = 46;

/**
 * A share per outlet as a bar in the outlet's colour, with its 95% interval as a whisker and the percentage at
 * its end. Outlets without anything to divide by get no bar. Bars open the passages behind the share.
 */
export function IntervalChart({ rows, label }: { rows: IntervalRow[]; label: string }) {
  const router = useRouter();
  const data = rows.map((row) => ({
    id: row.id,
    share: row.share ?? 0,
    interval: row.share === null ? [0, 0] : [row.share - (row.low ?? row.share), (row.high ?? row.share) - row.share],
  }));
  function ShareBar(props: BarShapeProps) {
    const row = rows[props.index];
    const interval = row.low === null ? "" : `, 95% interval ${formatShare(row.low)} to ${formatShare(row.high)}`;
    // The percentage sits right of the plot, in line with its bar, where no whisker can cover it.
    const plot = props.background;
    const right = plot?.x != null ? plot.x + plot.width : props.x + props.width;
    return (
      <g>
        <FocusableBar
          x={props.x}
          y={props.y}
          width={Math.max(props.width, row.share === 0 ? 2 : 0)}
          height={props.height}
          fill={row.color}
          description={`${row.label}: ${formatShare(row.share)} (${row.detail}${interval})${row.href ? ". Show the passages." : ""}`}
          onOpen={row.href ? () => router.push(row.href!) : undefined}
        />
        <text x={right + 8} y={props.y + props.height / 2} dy="0.35em" fontSize={12} fill="#1c2230">
          {formatShare(row.share)}
        </text>
      </g>
    );
  }
  return (
    <figure className={styles.chart} aria-label={label}>
      <DeferredChart height={rows.length * ROW_HEIGHT + 36}>
        <BarChart
          layout="vertical"
          responsive
          data={data}
          accessibilityLayer={false}
          style={{ width: "100%", height: rows.length * ROW_HEIGHT + 36 }}
          margin={{ top: 4, right: 44, bottom: 4, left: 4 }}
          barCategoryGap={12}
        >
          <CartesianGrid horizontal={false} stroke="#e7eaf0" />
          <XAxis
            type="number"
            domain={[0, 1]}
            ticks={[0, 0.5, 1]}
            tickFormatter={(value: number) => formatShare(value)}
            tickLine={false}
            axisLine={{ stroke: "#c9ced8" }}
            fontSize={12}
          />
          <YAxis
            type="category"
            dataKey="id"
            width={TICK_WIDTH.compact}
            tickLine={false}
            axisLine={false}
            interval={0}
            tick={(props) => <OutletTick {...props} rows={rows} compact />}
          />
          <Tooltip
            cursor={{ fill: "rgb(36 86 201 / 0.06)" }}
            content={(props) => <IntervalTooltip {...props} rows={rows} />}
          />
          <Bar dataKey="share" isAnimationActive={false} shape={ShareBar} background={{ fill: "transparent" }}>
            <ErrorBar dataKey="interval" width={6} stroke="#1c2230" strokeWidth={1.25} isAnimationActive={false} />
          </Bar>
        </BarChart>
      </DeferredChart>
    </figure>
  );
}

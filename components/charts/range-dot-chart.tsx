"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";
import styles from "./charts.module.css";
import { DeferredChart } from "./deferred-chart";
import { FocusableMark } from "./focusable-mark";
import { OutletTick, TICK_WIDTH } from "./outlet-tick";
import { RangeDotTooltip } from "./range-dot-tooltip";
import type { ChartRow } from "./types";

/** One outlet's estimate: a dot, an inner range (an interval or the quartiles), and optionally an outer one. */
export interface RangeDotRow extends ChartRow {
  value: number | null;
  low: number | null;
  high: number | null;
  /** The extremes, drawn as a thin line (for spreads; intervals have none). */
  min?: number;
  max?: number;
  /** The value as written beside the dot ("6.0", "−1.3"). */
  valueLabel: string;
  /** What the marks mean, for the tooltip and screen readers: "3 of 500 words; 95% interval 3.3 – 10". */
  detail: string;
  href: string | null;
}

export interface RangeDotScale {
  domain: [number, number];
  ticks: { value: number; label: string }[];
  /** A value to draw a reference line at (0 on a −2 … +2 scale). */
  reference?: number;
}

const ROW_HEIGHT = 40;

/**
 * A dot per outlet in its colour, with its range as a band and its extremes as a thin line, on a fixed scale so
 * small multiples compare. Outlets without a value get no mark. Marks open the passages behind them.
 */
export function RangeDotChart({ rows, scale, label }: { rows: RangeDotRow[]; scale: RangeDotScale; label: string }) {
  const router = useRouter();
  const [from, to] = scale.domain;
  const data = rows.map((row) => ({ id: row.id, span: row.value === null ? [from, from] : [from, to] }));
  function Mark(props: BarShapeProps) {
    const row = rows[props.index];
    const plot = props.background;
    if (row.value === null || plot?.x == null || plot.width == null) return <g />;
    const x = (value: number) => plot.x! + ((value - from) / (to - from)) * plot.width!;
    const middle = props.y + props.height / 2;
    return (
      <FocusableMark
        description={`${row.label}: ${row.valueLabel} (${row.detail})${row.href ? ". Show the passages." : ""}`}
        onOpen={row.href ? () => router.push(row.href!) : undefined}
      >
        <rect x={plot.x} y={props.y} width={plot.width} height={props.height} fill="transparent" />
        {row.min !== undefined && row.max !== undefined && (
          <line x1={x(row.min)} x2={x(row.max)} y1={middle} y2={middle} stroke={row.color} strokeWidth={1.5} />
        )}
        {row.low !== null && row.high !== null && (
          <rect
            x={x(row.low)}
            y={middle - 5}
            width={Math.max(x(row.high) - x(row.low), 1)}
            height={10}
            rx={3}
            fill={row.color}
            fillOpacity={0.35}
          />
        )}
        <circle cx={x(row.value)} cy={middle} r={6} fill={row.color} stroke="#ffffff" strokeWidth={1.5} />
        <text x={plot.x + plot.width + 8} y={middle} dy="0.35em" fontSize={12} fill="#1c2230">
          {row.valueLabel}
        </text>
      </FocusableMark>
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
          barCategoryGap={4}
        >
          <CartesianGrid horizontal={false} stroke="#e7eaf0" />
          <XAxis
            type="number"
            domain={scale.domain}
            ticks={scale.ticks.map((tick) => tick.value)}
            tickFormatter={(value: number) => scale.ticks.find((tick) => tick.value === value)?.label ?? String(value)}
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
          {scale.reference !== undefined && (
            <ReferenceLine x={scale.reference} stroke="#8b93a3" strokeDasharray="3 3" />
          )}
          <Tooltip
            cursor={{ fill: "rgb(36 86 201 / 0.06)" }}
            content={(props) => <RangeDotTooltip {...props} rows={rows} />}
          />
          <Bar dataKey="span" isAnimationActive={false} shape={Mark} background={{ fill: "transparent" }} />
        </BarChart>
      </DeferredChart>
    </figure>
  );
}

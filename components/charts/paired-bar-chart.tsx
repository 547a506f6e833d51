"use client";

import { Bar, BarChart, CartesianGrid, XAxis, YAxis, type BarShapeProps } from "recharts";
import styles from "./charts.module.css";
import { FocusableBar } from "./focusable-bar";
import { OutletTick, TICK_WIDTH } from "./outlet-tick";

export interface PairedRow {
  key: string;
  label: string;
  outlet: number;
  others: number;
  /** Values as written: "45%", "6.0". */
  outletLabel: string;
  othersLabel: string;
}

const OTHERS_COLOR = "#9aa1ad";
const ROW_HEIGHT = 44;

/**
 * Two bars per category: the outlet's value in its colour and the other outlets' average in grey, values
 * written at the bars' ends, on a shared axis from 0 to `top`.
 */
export function PairedBarChart(props: {
  rows: PairedRow[];
  color: string;
  outletName: string;
  top: number;
  label: string;
}) {
  const { rows, color, outletName } = props;
  const ticks = rows.map((row) => ({ id: row.key, label: row.label, color: "transparent", thin: false, note: "" }));
  const shape = (which: "outlet" | "others") =>
    function Pair(bar: BarShapeProps) {
      const row = rows[bar.index];
      const value = which === "outlet" ? row.outletLabel : row.othersLabel;
      const who = which === "outlet" ? outletName : "Other outlets, average";
      return (
        <g>
          <FocusableBar
            x={bar.x}
            y={bar.y}
            width={Math.max(bar.width, 1.5)}
            height={bar.height}
            fill={which === "outlet" ? color : OTHERS_COLOR}
            description={`${row.label}, ${who}: ${value}`}
          />
          <text
            x={bar.x + Math.max(bar.width, 1.5) + 5}
            y={bar.y + bar.height / 2}
            dy="0.35em"
            fontSize={11}
            fill="#1c2230"
          >
            {value}
          </text>
        </g>
      );
    };
  return (
    <figure className={styles.chart} aria-label={props.label}>
      <BarChart
        layout="vertical"
        responsive
        data={rows.map((row) => ({ id: row.key, outlet: row.outlet, others: row.others }))}
        accessibilityLayer={false}
        style={{ width: "100%", height: rows.length * ROW_HEIGHT + 36 }}
        margin={{ top: 4, right: 40, bottom: 4, left: 4 }}
        barCategoryGap={8}
        barGap={1}
      >
        <CartesianGrid horizontal={false} stroke="#e7eaf0" />
        <XAxis type="number" domain={[0, props.top]} hide />
        <YAxis
          type="category"
          dataKey="id"
          width={TICK_WIDTH.compact + 24}
          tickLine={false}
          axisLine={false}
          interval={0}
          tick={(tick) => <OutletTick {...tick} rows={ticks} compact />}
        />
        <Bar dataKey="outlet" isAnimationActive={false} shape={shape("outlet")} />
        <Bar dataKey="others" isAnimationActive={false} shape={shape("others")} />
      </BarChart>
      <ul className={styles.legend} aria-label="Legend">
        <li>
          <span className={styles.swatch} style={{ background: color }} /> <bdi>{outletName}</bdi>
        </li>
        <li>
          <span className={styles.swatch} style={{ background: OTHERS_COLOR }} /> Other outlets on the same events,
          average
        </li>
      </ul>
    </figure>
  );
}

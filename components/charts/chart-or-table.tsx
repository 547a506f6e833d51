"use client";

import { useState, type ReactNode } from "react";
import styles from "./charts.module.css";

/**
 * A chart with a "Table" view of the same numbers, for screen readers, for copying, and for anyone who reads a
 * table faster than bars. `controls` sit beside the switch (say, counting by tags or by words).
 */
export function ChartOrTable(props: { title: string; chart: ReactNode; table: ReactNode; controls?: ReactNode }) {
  const [view, setView] = useState<"chart" | "table">("chart");
  return (
    <div>
      <div className={styles.viewBar}>
        <h3>{props.title}</h3>
        <div className={styles.controls}>
          {props.controls}
          <div className={styles.views} role="group" aria-label={`${props.title}: show as`}>
            <button type="button" aria-pressed={view === "chart"} onClick={() => setView("chart")}>
              Chart
            </button>
            <button type="button" aria-pressed={view === "table"} onClick={() => setView("table")}>
              Table
            </button>
          </div>
        </div>
      </div>
      {view === "chart" ? props.chart : props.table}
    </div>
  );
}

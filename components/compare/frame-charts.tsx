"use client";

import { ChartOrTable } from "@/components/charts/chart-or-table";
import { StackedShareChart, type StackedShareData } from "@/components/charts/stacked-share-chart";
import { StackTable } from "@/components/charts/stack-table";
import styles from "./compare.module.css";

/**
 * The frame mix of passages, then the primary and headline frames of articles side by side. A client component
 * so each chart's table view is drawn from the chart's data: as a server-rendered table it was a second copy of
 * every number and link in the page's payload.
 */
export function FrameCharts(props: { spans: StackedShareData; primary: StackedShareData; headline: StackedShareData }) {
  const chart = (title: string, data: StackedShareData) => (
    <ChartOrTable
      title={title}
      chart={<StackedShareChart data={data} label={`${title}, one 100% bar per outlet`} />}
      table={<StackTable data={data} caption={`${title} (count in brackets)`} />}
    />
  );
  return (
    <>
      {chart("Frame mix of passages", props.spans)}
      <div className={styles.subsection}>
        <div className={styles.multiples}>
          {chart("Primary frame of articles", props.primary)}
          {chart("Headline frame", props.headline)}
        </div>
      </div>
    </>
  );
}

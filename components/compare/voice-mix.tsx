"use client";

import { useState } from "react";
import { ChartOrTable } from "@/components/charts/chart-or-table";
import chartStyles from "@/components/charts/charts.module.css";
import { StackedShareChart, type StackedShareData } from "@/components/charts/stacked-share-chart";
import { StackTable } from "@/components/charts/stack-table";

type Measures = { tags: StackedShareData; words: StackedShareData };
export type VoiceMixes = { actor: Measures; speakerType: Measures };

const DIMENSIONS = { actor: "actor", speakerType: "speaker type" } as const;
const MEASURES = { tags: "attributions", words: "quoted words" } as const;

/** The share of each outlet's attributions by actor or by speaker type, counted by attributions or quoted words. */
export function VoiceMix({ mixes }: { mixes: VoiceMixes }) {
  const [dimension, setDimension] = useState<keyof VoiceMixes>("actor");
  const [measure, setMeasure] = useState<keyof Measures>("tags");
  const data = mixes[dimension][measure];
  const title = `Voices by ${DIMENSIONS[dimension]}, share of ${MEASURES[measure]}`;
  return (
    <ChartOrTable
      title={title}
      controls={
        <>
          <Switch label="Group by" options={DIMENSIONS} value={dimension} onChange={setDimension} />
          <Switch label="Count" options={MEASURES} value={measure} onChange={setMeasure} />
        </>
      }
      chart={<StackedShareChart data={data} label={`${title}, one bar per outlet`} />}
      table={<StackTable data={data} caption={`${title} (count in brackets)`} />}
    />
  );
}

function Switch<K extends string>(props: {
  label: string;
  options: Record<K, string>;
  value: K;
  onChange: (value: K) => void;
}) {
  return (
    <div className={chartStyles.views} role="group" aria-label={props.label}>
      {(Object.entries(props.options) as [K, string][]).map(([key, label]) => (
        <button key={key} type="button" aria-pressed={props.value === key} onClick={() => props.onChange(key)}>
          {label}
        </button>
      ))}
    </div>
  );
}

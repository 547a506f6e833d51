import type { Row } from "./table.ts";

/** One number of a chart in the long `charts` table: the fields a row does not use stay empty. */
export function chartRow(fields: {
  chart: string;
  outlet_id: string | null;
  key: string | null;
  measure: string;
  value: number | null;
  label?: string | null;
  actor_id?: string | null;
  low?: number | null;
  high?: number | null;
  articles?: number | null;
}): Row {
  return { label: null, actor_id: null, low: null, high: null, articles: null, ...fields };
}

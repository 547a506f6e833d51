import type { Column } from "../column.ts";

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** A computed dataset: its columns (the data dictionary) and its rows, which are few (one event's aggregates). */
export interface Table {
  columns: Column[];
  rows: Row[];
}

import { median, percentile } from "../tagging/stats.ts";
import type { TypeRun } from "./run-lanes.ts";

export interface SummaryRow {
  type: string;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statuses: Record<string, number>;
  refused: number;
}

export function summariseRun(run: TypeRun): SummaryRow {
  return {
    type: run.name,
    requests: run.samples.length,
    perSecond: run.samples.length / run.seconds,
    p50: median(run.samples),
    p95: percentile(run.samples, 0.95),
    p99: percentile(run.samples, 0.99),
    max: Math.max(...run.samples),
    errors: run.errors,
    timeouts: run.timeouts,
    non2xx: run.non2xx,
    statuses: run.statuses,
    refused: run.refused,
  };
}

function addCounts(tallies: Record<string, number>[]): Record<string, number> {
  const total: Record<string, number> = {};
  for (const tally of tallies) for (const [key, count] of Object.entries(tally)) total[key] = (total[key] ?? 0) + count;
  return total;
}

/** The runs of `names` as one: every tag write, whatever its kind, is a save the reviewer waits on. */
export function combineRuns(name: string, runs: TypeRun[]): TypeRun {
  const sum = (pick: (run: TypeRun) => number) => runs.reduce((total, run) => total + pick(run), 0);
  return {
    name,
    lanes: sum((run) => run.lanes),
    samples: runs.flatMap((run) => run.samples),
    errors: sum((run) => run.errors),
    timeouts: sum((run) => run.timeouts),
    non2xx: sum((run) => run.non2xx),
    statuses: addCounts(runs.map((run) => run.statuses)),
    refused: sum((run) => run.refused),
    refusals: runs.flatMap((run) => run.refusals),
    seconds: Math.max(...runs.map((run) => run.seconds)),
  };
}

/** Requests that failed in any way: socket errors and timeouts, answers other than 2xx, refused or broken answers. */
export function failures(row: SummaryRow): number {
  return row.errors + row.non2xx + row.refused;
}

const COLUMNS: [string, (row: SummaryRow) => string][] = [
  ["request type", (row) => row.type],
  ["requests", (row) => String(row.requests)],
  ["per s", (row) => row.perSecond.toFixed(1)],
  ["p50 ms", (row) => row.p50.toFixed(0)],
  ["p95 ms", (row) => row.p95.toFixed(0)],
  ["p99 ms", (row) => row.p99.toFixed(0)],
  ["max ms", (row) => row.max.toFixed(0)],
  ["errors", (row) => String(row.errors)],
  ["timeouts", (row) => String(row.timeouts)],
  ["non-2xx", (row) => String(row.non2xx)],
  ["refused", (row) => String(row.refused)],
];

/** A plain-text table, the first column left-aligned, numbers right-aligned. */
export function formatTable(rows: SummaryRow[]): string {
  const cells = [COLUMNS.map(([title]) => title), ...rows.map((row) => COLUMNS.map(([, cell]) => cell(row)))];
  const widths = COLUMNS.map((_, c) => Math.max(...cells.map((line) => line[c].length)));
  return cells
    .map((line) => line.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  "))
    .join("\n");
}

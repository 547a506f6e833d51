import type { LoadSample, PressSample } from "./drive-workspace.ts";
import type { ScrollFrames } from "./in-page.ts";
import { median, percentile } from "./stats.ts";

export interface BenchRun {
  article: { words: number; characters: number; paragraphs: number; tags: number };
  firstLoad: LoadSample;
  loads: LoadSample[];
  presses: PressSample[];
  scroll: ScrollFrames;
}

interface Row {
  measure: string;
  median: number;
  p95: number;
  max: number;
  target?: { limit: number; of: "median" };
}

const round = (value: number) => Math.round(value * 10) / 10;
const summary = (values: number[]) => ({
  median: round(median(values)),
  p95: round(percentile(values, 0.95)),
  max: round(Math.max(...values)),
});

/** Every measure as median, 95th percentile and maximum, with the targets where it sets one. */
export function summarise(run: BenchRun): Row[] {
  const of = <T>(samples: T[], pick: (sample: T) => number) => summary(samples.map(pick));
  return [
    { measure: "load: first byte of the page", ...of(run.loads, (s) => s.firstByte) },
    {
      measure: "load: highlighted text drawn",
      ...of(run.loads, (s) => s.shown),
      target: { limit: 1000, of: "median" },
    },
    { measure: "load: text hydrated (keys work)", ...of(run.loads, (s) => s.hydrated) },
    { measure: "load: longest task before hydration", ...of(run.loads, (s) => s.longestTask) },
    { measure: "key → new highlight in the DOM", ...of(run.presses, (s) => s.highlight) },
    {
      measure: "key → new highlight drawn",
      ...of(run.presses, (s) => s.highlightDrawn),
      target: { limit: 50, of: "median" },
    },
    { measure: "key → server action response received", ...of(run.presses, (s) => s.response) },
    {
      measure: "key → save acknowledged on screen",
      ...of(run.presses, (s) => s.acknowledged),
      target: { limit: 150, of: "median" },
    },
    { measure: "key → acknowledged: main-thread CPU", ...of(run.presses, (s) => s.cpu) },
    { measure: "scroll: frame time", ...summary(run.scroll.deltas) },
  ];
}

export function printReport(run: BenchRun, rows: Row[], context: { browser: string; machine: string }) {
  const { article, scroll } = run;
  console.log(
    `\nTagging workspace: ${article.words.toLocaleString("en")} words (${article.characters.toLocaleString("en")} characters, ${article.paragraphs} paragraphs), ${article.tags} tags`,
  );
  console.log(`${context.browser}\n${context.machine}\n`);
  const header = `${"measure (ms)".padEnd(42)}${"median".padStart(9)}${"p95".padStart(9)}${"max".padStart(9)}   target`;
  console.log(header);
  console.log("-".repeat(header.length + 14));
  for (const row of rows) {
    const target = row.target ? `< ${row.target.limit} ${row.median < row.target.limit ? "met" : "MISSED"}` : "";
    const cells = [row.median, row.p95, row.max].map((value) => value.toFixed(1).padStart(9)).join("");
    console.log(`${row.measure.padEnd(42)}${cells}   ${target}`);
  }
  const slow = scroll.deltas.filter((delta) => delta > 50).length;
  console.log(
    `\nloads: ${run.loads.length} after a first one (drawn ${run.firstLoad.shown.toFixed(0)} ms, hydrated ${run.firstLoad.hydrated.toFixed(0)} ms); key presses: ${run.presses.length}`,
  );
  console.log(
    `scroll: ${scroll.deltas.length} frames over ${scroll.height.toLocaleString("en")} px, slowest ${Math.max(...scroll.deltas).toFixed(1)} ms, ${slow} over 50 ms, ${scroll.longTasks.length} long tasks`,
  );
}

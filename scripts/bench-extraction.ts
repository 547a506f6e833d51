/**
 * Benchmarks article-body extraction against a public evaluation set, in one process (jsdom loads once):
 *
 *   npx tsx scripts/bench-extraction.ts --dataset /path/to/article-extraction-benchmark
 *   npx tsx scripts/bench-extraction.ts --dataset /path/to/trafilatura/tests --worst 20
 *
 *   npx tsx scripts/bench-extraction.ts --dataset /path/to/wcxb --split test --page-type article
 *
 * Supported: scrapinghub/article-extraction-benchmark (ground-truth.json + html/*.html.gz, scored like its
 * evaluate.py), WCXB (Murrough-Foley/web-content-extraction-benchmark, scored like its evaluate.py; pick a
 * split and page type) and adbar/trafilatura's tests/evaldata.json (scored like its eval_common.py). Prints our
 * extractor's precision/recall/F1 next to plain Readability.js computed in the same run, and timings.
 * `--write-predictions file.json` saves our bodies in the Zyte benchmark's output format, so its own
 * evaluate.py can double-check the numbers; `--no-baseline` skips the Readability.js run (quicker error
 * analysis). The datasets stay outside this repository.
 */
import { writeFileSync } from "node:fs";
import { setImmediate as nextTurn } from "node:timers/promises";
import { parseArgs } from "node:util";
import { extractArticle } from "../lib/import/html/extract-article.ts";
import { loadDataset, type BenchmarkDataset, type DatasetSelection } from "../lib/import/html/benchmark/datasets.ts";
import { readabilityOnlyText } from "../lib/import/html/benchmark/readability-baseline.ts";
import { pageF1, scoreRun, type RunScore } from "../lib/import/html/benchmark/score-run.ts";

interface Run {
  texts: string[];
  millis: number[];
  failures: number;
}

/**
 * jsdom frees a closed window only after the event loop turns (the window is held by a pending
 * process.nextTick), so a batch must yield between pages or memory grows by megabytes per page.
 */
async function runExtractor(
  dataset: BenchmarkDataset,
  extract: (html: string, url: string | null) => string,
): Promise<Run> {
  const run: Run = { texts: [], millis: [], failures: 0 };
  for (const page of dataset.pages) {
    await nextTurn();
    const html = page.readHtml();
    const started = performance.now();
    let text = "";
    try {
      text = extract(html, page.url);
    } catch {
      run.failures += 1;
    }
    run.millis.push(performance.now() - started);
    run.texts.push(text);
  }
  return run;
}

function ours(html: string, url: string | null): string {
  const result = extractArticle(html, { url });
  return "error" in result ? "" : result.body;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function formatRow(name: string, score: RunScore, run: Run): string {
  const total = run.millis.reduce((sum, value) => sum + value, 0);
  return [
    name.padEnd(16),
    score.precision.toFixed(3).padStart(9),
    score.recall.toFixed(3).padStart(7),
    score.f1.toFixed(3).padStart(6),
    score.secondary.toFixed(3).padStart(13),
    (total / run.millis.length).toFixed(0).padStart(9),
    median(run.millis).toFixed(0).padStart(10),
    String(run.failures).padStart(7),
  ].join(" ");
}

function printWorst(dataset: BenchmarkDataset, run: Run, count: number): void {
  const ranked = dataset.pages
    .map((page, index) => ({ page, f1: pageF1(dataset, page, run.texts[index] ?? "") }))
    .sort((a, b) => a.f1 - b.f1);
  console.log(`\nWorst ${count} pages (ours):`);
  for (const { page, f1 } of ranked.slice(0, count)) console.log(`  ${f1.toFixed(3)}  ${page.url ?? page.id}`);
}

function writePredictions(file: string, dataset: BenchmarkDataset, run: Run): void {
  const output = Object.fromEntries(
    dataset.pages.map((page, index) => [page.id, { articleBody: run.texts[index] ?? "" }]),
  );
  writeFileSync(file, JSON.stringify({ version: "framewise", output }, null, 1));
  console.log(`\nWrote ${dataset.pages.length} predictions to ${file}`);
}

async function benchmark(
  folder: string,
  selection: DatasetSelection,
  worst: number,
  predictionsFile: string | undefined,
  withBaseline: boolean,
): Promise<void> {
  const loadStarted = performance.now();
  const dataset = loadDataset(folder, selection);
  console.log(
    `${dataset.name}: ${dataset.pages.length} pages (loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s)`,
  );
  // The first page also pays for loading jsdom; time it apart so per-page numbers describe steady state.
  const warmStarted = performance.now();
  ours("<html><body><p>warm-up</p></body></html>", null);
  console.log(`jsdom + extractor first load: ${(performance.now() - warmStarted).toFixed(0)} ms`);
  const framewise = await runExtractor(dataset, ours);
  const runs: [string, Run][] = [["framewise", framewise]];
  if (withBaseline) runs.push(["readability-only", await runExtractor(dataset, readabilityOnlyText)]);
  const secondaryName = scoreRun(dataset, framewise.texts).secondaryName;
  console.log(
    `\n${"extractor".padEnd(16)} precision  recall     F1 ${secondaryName.padStart(13)} ms/page  median ms  errors`,
  );
  for (const [name, run] of runs) console.log(formatRow(name, scoreRun(dataset, run.texts), run));
  if (worst > 0) printWorst(dataset, framewise, worst);
  if (predictionsFile) writePredictions(predictionsFile, dataset, framewise);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dataset: { type: "string", multiple: true },
      worst: { type: "string", default: "0" },
      "write-predictions": { type: "string" },
      split: { type: "string" },
      "page-type": { type: "string" },
      "no-baseline": { type: "boolean", default: false },
    },
  });
  const selection: DatasetSelection = { split: values.split, pageType: values["page-type"] };
  if (!values.dataset?.length) {
    console.error(
      "Usage: npx tsx scripts/bench-extraction.ts --dataset <folder> [--dataset <folder>] [--split dev|test] [--page-type article] [--worst N] [--write-predictions file.json] [--no-baseline]",
    );
    process.exit(2);
  }
  for (const folder of values.dataset) {
    await benchmark(folder, selection, Number(values.worst), values["write-predictions"], !values["no-baseline"]);
    console.log("");
  }
}

await main();

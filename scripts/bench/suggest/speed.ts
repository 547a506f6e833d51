import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { suggest } from "../../../lib/suggestions/suggest.ts";
import type { PolnearArticle } from "./read-polnear.ts";

const TARGET_WORDS = 10_000;
const CLI_ARTICLES = 100;
const ROUNDS = 5;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** One long article made of real ones, joined as paragraphs, of at least 10,000 words. */
function longArticle(articles: PolnearArticle[]): string {
  const parts: string[] = [];
  let words = 0;
  for (let index = 0; words < TARGET_WORDS; index++) {
    const text = articles[index % articles.length].text;
    parts.push(text);
    words += wordCount(text);
  }
  return parts.join("\n\n");
}

/**
 * The two speed targets: suggestions for a 10,000-word article (median of five runs after a warm-up), and the
 * CLI over 100 articles as a fresh process, start-up included, reading its NDJSON through a pipe.
 */
export async function measureSpeed(articles: PolnearArticle[], log: (line: string) => void): Promise<void> {
  const long = longArticle(articles);
  suggest(long);
  const runs = Array.from({ length: ROUNDS }, () => {
    const started = performance.now();
    suggest(long);
    return performance.now() - started;
  }).sort((a, b) => a - b);
  log(`${wordCount(long)}-word article: median ${runs[2].toFixed(1)} ms, slowest ${runs[ROUNDS - 1].toFixed(1)} ms`);

  const folder = mkdtempSync(path.join(tmpdir(), "bench-suggest-"));
  try {
    for (let index = 0; index < CLI_ARTICLES; index++) {
      const name = `${String(index).padStart(3, "0")}.txt`;
      writeFileSync(path.join(folder, name), articles[index % articles.length].text);
    }
    const started = performance.now();
    const run = spawnSync("npx", ["tsx", "scripts/suggest.ts", folder, "--json"], { maxBuffer: 1 << 28 });
    const seconds = (performance.now() - started) / 1000;
    const lines = run.stdout.toString("utf8").trim().split("\n").length;
    log(`CLI over ${CLI_ARTICLES} articles: ${seconds.toFixed(2)} s wall clock, exit ${run.status}, ${lines} lines`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { suggest } from "../../../lib/suggestions/suggest.ts";
import type { PolnearArticle } from "./read-polnear.ts";

const TARGET_WORDS = 10_000;
const GNU_TIME = "/usr/bin/time";
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
  log(
    `load average ${loadavg()
      .map((value) => value.toFixed(1))
      .join(" ")} on ${availableParallelism()} cores`,
  );
  const long = longArticle(articles);
  suggest(long);
  const runs = Array.from({ length: ROUNDS }, () => {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    suggest(long);
    const cpu = process.cpuUsage(cpuStarted);
    return { wall: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000 };
  });
  const wall = runs.map((run) => run.wall).sort((a, b) => a - b);
  const cpu = runs.map((run) => run.cpu).sort((a, b) => a - b);
  log(
    `${wordCount(long)}-word article: median ${wall[2].toFixed(1)} ms wall clock (${cpu[2].toFixed(1)} ms CPU), ` +
      `slowest ${wall[ROUNDS - 1].toFixed(1)} ms`,
  );

  const folder = mkdtempSync(path.join(tmpdir(), "bench-suggest-"));
  try {
    for (let index = 0; index < CLI_ARTICLES; index++) {
      const name = `${String(index).padStart(3, "0")}.txt`;
      writeFileSync(path.join(folder, name), articles[index % articles.length].text);
    }
    const started = performance.now();
    // GNU time, where there is one, adds the CPU seconds of the whole process tree (npx, tsx, node).
    const command = ["npx", "tsx", "scripts/suggest.ts", folder, "--json"];
    const timed = existsSync(GNU_TIME) ? [GNU_TIME, "-f", "%U %S", ...command] : command;
    const run = spawnSync(timed[0], timed.slice(1), { maxBuffer: 1 << 28 });
    const seconds = (performance.now() - started) / 1000;
    const lines = run.stdout.toString("utf8").trim().split("\n").length;
    const times = run.stderr.toString("utf8").trim().split("\n").at(-1)?.split(" ").map(Number) ?? [];
    const cpu = times.length === 2 && times.every(Number.isFinite) ? `, ${(times[0] + times[1]).toFixed(2)} s CPU` : "";
    log(
      `CLI over ${CLI_ARTICLES} articles: ${seconds.toFixed(2)} s wall clock${cpu}, exit ${run.status}, ${lines} lines`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

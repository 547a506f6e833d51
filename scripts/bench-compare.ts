// Benchmark: one event's comparison page at scale. Generates 100,000 articles and 1,000,000 tags over 200 events
// and 50 outlets (INSERT … SELECT generate_series) into its own embedded Postgres (a fresh one under
// <data dir>/bench-compare), runs every data function the page calls for one event N times (each alone after a
// write, so computed afresh; then all at once as the page's sections stream, after a write and with the answers
// kept since the last view), and measures the page interactive in Chromium on the production server
// (reusing `.next` when it is newer than every source file, else building it). Prints tables and writes
// bench-results/compare.json. Targets: page data < 100 ms median and < 300 ms p95; interactive < 1.5 s.
//   npm run bench:compare [-- --runs 20 --loads 5 --articles 100000 --events 200 --outlets 50 --build --no-browser]
import { mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { db } from "../lib/db/client.ts";
import { dataDirectory } from "../lib/db/database.ts";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres.ts";
import { prepareDatabase } from "../lib/setup/prepare-database.ts";
import { generateData } from "./bench/compare/generate-data.ts";
import { measurePage } from "./bench/compare/measure-page.ts";
import { pageQueries } from "./bench/compare/page-queries.ts";
import { timeEach, timeTogether, type Timing } from "./bench/compare/time-queries.ts";
import { launchChromium } from "./bench/tagging/drive-workspace.ts";
import { ensureProductionBuild } from "./bench/tagging/production-build.ts";
import { startApp } from "./bench/tagging/start-app.ts";
import { runScript } from "./bench/run-script.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "20" },
    loads: { type: "string", default: "5" },
    articles: { type: "string", default: "100000" },
    events: { type: "string", default: "200" },
    outlets: { type: "string", default: "50" },
    build: { type: "boolean", default: false },
    "no-browser": { type: "boolean", default: false },
  },
});
const PORT = Number(process.env.FRAMEWISE_BENCH_PORT ?? 3211);
const PG_PORT = Number(process.env.FRAMEWISE_BENCH_PG_PORT ?? 54371);
const RESULTS = "bench-results/compare.json";
const TARGETS = { median: 100, p95: 300, interactive: 1500 };

async function freshPostgres() {
  const rootDir = path.join(dataDirectory(), "bench-compare");
  await (await startEmbeddedPostgres({ rootDir, port: PG_PORT, database: "postgres" })).stop();
  await rm(rootDir, { recursive: true, force: true });
  return startEmbeddedPostgres({ rootDir, port: PG_PORT, database: "framewise_bench" });
}

function printTimings(timings: Timing[]): void {
  const width = Math.max(...timings.map((timing) => timing.name.length));
  console.log(`\n${"query".padEnd(width)}  median ms    p95 ms`);
  for (const timing of timings)
    console.log(
      `${timing.name.padEnd(width)}  ${timing.median.toFixed(1).padStart(9)}  ${timing.p95.toFixed(1).padStart(8)}`,
    );
}

async function main(): Promise<void> {
  const shape = {
    articles: Number(values.articles),
    events: Number(values.events),
    outlets: Number(values.outlets),
    tagsPerArticle: 10,
  };
  const build = values["no-browser"] ? null : ensureProductionBuild(values.build);
  const postgres = await freshPostgres();
  process.env.DATABASE_URL = postgres.url;
  try {
    await prepareDatabase(postgres.url);
    const started = performance.now();
    console.log(`Generating ${shape.articles} articles, ${shape.articles * shape.tagsPerArticle} tags…`);
    await generateData(db(), shape);
    const generated = ((performance.now() - started) / 1000).toFixed(1);
    const eventId = `00000000-0000-4000-8002-${(1).toString(16).padStart(12, "0")}`;
    const counts = await db().$queryRaw<{ articles: number; tags: number }[]>`
      SELECT (SELECT count(*) FROM articles WHERE event_id = ${eventId}::uuid)::int AS articles,
             (SELECT count(*) FROM annotations t JOIN articles a ON a.id = t.article_id
              WHERE a.event_id = ${eventId}::uuid)::int AS tags`;
    console.log(`Generated in ${generated} s. Event 1: ${counts[0].articles} articles, ${counts[0].tags} tags.`);
    const queries = pageQueries(eventId);
    const runs = Number(values.runs);
    // A write to the event makes every kept answer stale (lib/analytics/cache): each section computes afresh.
    const write = () => db().$executeRaw`SELECT bump_analytics_versions(ARRAY[${eventId}::uuid])`;
    const each = await timeEach(queries, runs, write);
    const afterWrite = await timeTogether("whole page's data after a write, in parallel", queries, runs, write);
    const together = await timeTogether("whole page's data, kept answers, in parallel", queries, runs);
    printTimings([...each, afterWrite, together]);
    let page = null;
    if (build) {
      const app = await startApp(postgres.url, PORT);
      try {
        const { browser, description } = await launchChromium();
        try {
          page = {
            browser: description,
            build,
            ...(await measurePage(browser, app.url, `/events/${eventId}/compare`, Number(values.loads))),
          };
        } finally {
          await browser.close();
        }
      } finally {
        await app.stop();
      }
      console.log(
        `\nPage interactive (${page.browser}): median ${page.median.toFixed(0)} ms, p95 ${page.p95.toFixed(0)} ms`,
      );
    }
    const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}, load ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(" ")}`;
    const verdict = [
      `page data median ${together.median.toFixed(0)} ms (target < ${TARGETS.median})`,
      `p95 ${together.p95.toFixed(0)} ms (target < ${TARGETS.p95})`,
      `after a write: median ${afterWrite.median.toFixed(0)} ms, p95 ${afterWrite.p95.toFixed(0)} ms`,
      page && `interactive median ${page.median.toFixed(0)} ms (target < ${TARGETS.interactive})`,
    ].filter(Boolean);
    console.log(`\n${verdict.join("; ")}\n${machine}`);
    await mkdir(path.dirname(RESULTS), { recursive: true });
    await writeFile(
      RESULTS,
      `${JSON.stringify({ date: new Date().toISOString(), machine, shape, event: counts[0], each, afterWrite, together, page }, null, 2)}\n`,
    );
    console.log(`Wrote ${RESULTS}`);
  } finally {
    await db().$disconnect();
    await postgres.stop();
  }
}

runScript(main);

// Benchmark: the tagging workspace in Chromium, on a generated ~10,000-word article that carries 500 of the
// reviewer's tags. Starts its own embedded Postgres (a fresh one under <data dir>/bench-tagging) and the
// production server (reusing `.next` when it is newer than every source file, else building it), signs in
// through the login page and times: opening the workspace until the highlighted text is drawn; a category key
// until the new highlight is drawn and until the save is acknowledged; and every frame of a scroll through the
// whole article. Prints a table and writes bench-results/tagging.json.
//   npm run bench:tagging [-- --words 10000 --tags 500 --presses 30 --loads 5 --build]
import { mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { db } from "../lib/db/client.ts";
import { dataDirectory } from "../lib/db/database.ts";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres.ts";
import { prepareDatabase } from "../lib/setup/prepare-database.ts";
import {
  categoryKey,
  launchChromium,
  measureLoad,
  measurePress,
  measureScroll,
  openWorkspacePage,
  signIn,
} from "./bench/tagging/drive-workspace.ts";
import { generateArticle } from "./bench/tagging/generate-article.ts";
import { ensureProductionBuild } from "./bench/tagging/production-build.ts";
import { printReport, summarise, type BenchRun } from "./bench/tagging/report.ts";
import { BENCH_REVIEWER, seedTaggingBench, type SeededArticle } from "./bench/tagging/seed-tagging.ts";
import { startApp } from "./bench/tagging/start-app.ts";
import { runScript } from "./bench/run-script.ts";

const { values } = parseArgs({
  options: {
    words: { type: "string", default: "10000" },
    tags: { type: "string", default: "500" },
    presses: { type: "string", default: "30" },
    loads: { type: "string", default: "5" },
    "scroll-step": { type: "string", default: "100" },
    build: { type: "boolean", default: false },
  },
});
const PORT = Number(process.env.FRAMEWISE_BENCH_PORT ?? 3210);
const PG_PORT = Number(process.env.FRAMEWISE_BENCH_PG_PORT ?? 54369);
const RESULTS = "bench-results/tagging.json";

/** A fresh database: starting once first recovers from a killed earlier run before the wipe (as e2e-server does). */
async function freshPostgres() {
  const rootDir = path.join(dataDirectory(), "bench-tagging");
  await (await startEmbeddedPostgres({ rootDir, port: PG_PORT, database: "postgres" })).stop();
  await rm(rootDir, { recursive: true, force: true });
  return startEmbeddedPostgres({ rootDir, port: PG_PORT, database: "framewise_bench" });
}

async function measure(baseUrl: string, body: string, seeded: SeededArticle, paragraphs: number) {
  const { browser, description } = await launchChromium();
  try {
    const page = await openWorkspacePage(browser, paragraphs);
    const workspace = `/tagging/${seeded.articleId}`;
    await signIn(page, baseUrl, BENCH_REVIEWER, workspace);
    const firstLoad = await measureLoad(page, baseUrl + workspace);
    const loads = [];
    for (let i = 0; i < Number(values.loads); i++) loads.push(await measureLoad(page, baseUrl + workspace));
    const keys = await Promise.all(seeded.frameLabels.map((label) => categoryKey(page, label)));
    const presses = [];
    for (const [i, target] of seeded.targets.entries())
      presses.push(await measurePress(page, body, target, keys[i % keys.length]));
    const scroll = await measureScroll(page, Number(values["scroll-step"]));
    return { description, firstLoad, loads, presses, scroll };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const build = ensureProductionBuild(values.build);
  const postgres = await freshPostgres();
  process.env.DATABASE_URL = postgres.url;
  try {
    await prepareDatabase(postgres.url);
    const article = generateArticle(Number(values.words));
    console.log(`Seeding a ${article.words}-word article with ${values.tags} tags…`);
    const seeded = await seedTaggingBench(article, Number(values.tags), Number(values.presses));
    const app = await startApp(postgres.url, PORT);
    try {
      console.log(`Production server (${build} build) on ${app.url}; measuring in Chromium…`);
      const { description, ...measured } = await measure(app.url, article.body, seeded, article.paragraphs);
      const run: BenchRun = {
        article: {
          words: article.words,
          characters: article.body.length,
          paragraphs: article.paragraphs,
          tags: seeded.tags,
        },
        ...measured,
      };
      const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}, load average ${os
        .loadavg()
        .map((n) => n.toFixed(2))
        .join(" ")}`;
      const rows = summarise(run);
      printReport(run, rows, { browser: description, machine });
      await mkdir(path.dirname(RESULTS), { recursive: true });
      await writeFile(
        RESULTS,
        `${JSON.stringify({ date: new Date().toISOString(), browser: description, machine, summary: rows, ...run }, null, 2)}\n`,
      );
      console.log(`\nWrote ${RESULTS}`);
    } finally {
      await app.stop();
    }
  } finally {
    await db().$disconnect();
    await postgres.stop();
  }
}

runScript(main);

// Benchmark: the app under load. Starts its own embedded Postgres (a fresh one under <data dir>/bench-load), seeds one
// event of 20 outlets × 20 articles already tagged by two coders, 50 reviewers with their queues and 10 editors, then
// serves the production build (reusing `.next` when it is newer than every source file, else building it). Every user
// signs in through the login form; for 60 s the reviewers save tags through the tagging workspace's server actions
// (create, edit, delete, each at its own pace) while the editors load the event's comparison page and its charts'
// data, each request type from its own autocannon instances. Prints p50/p95/p99 and failures per type, checks that
// every acknowledged write is in the database with its audit entry, writes bench-results/load.json, and exits
// non-zero if any request failed. Target: tag saves p95 < 150 ms on 2 cores. docs/reliability.md explains it.
// `--processes n` serves the build from n app processes (ports from FRAMEWISE_BENCH_PORT up) sharing one session
// secret and public address, each user's connection going to the next process in turn.
//   npm run bench:load [-- --duration 60 --reviewers 50 --editors 10 --save-every 3 --processes 2 --build --statements]
import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { db } from "../lib/db/client.ts";
import { dataDirectory } from "../lib/db/database.ts";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres.ts";
import { prepareDatabase } from "../lib/setup/prepare-database.ts";
import { findActionId, readActionManifest } from "./bench/load/action-ids.ts";
import { compareRequestTypes, type Editor } from "./bench/load/compare-requests.ts";
import { laneCount, runLanes, type RequestType } from "./bench/load/run-lanes.ts";
import { LOAD_PASSWORD, seedLoad, type SeededLoad } from "./bench/load/seed-load.ts";
import { childCpuSeconds } from "./bench/load/process-cpu.ts";
import { signIn } from "./bench/load/sign-in.ts";
import { enableStatementStats, resetStatementStats, topStatements } from "./bench/load/statements.ts";
import { combineRuns, failures, formatTable, summariseRun } from "./bench/load/summarise.ts";
import { tagRequestTypes } from "./bench/load/tag-requests.ts";
import { checkWrites, WriteLedger } from "./bench/load/write-ledger.ts";
import { ensureProductionBuild } from "./bench/tagging/production-build.ts";
import { startApp, type RunningApp } from "./bench/tagging/start-app.ts";
import { runScript } from "./bench/run-script.ts";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    warmup: { type: "string", default: "5" },
    reviewers: { type: "string", default: "50" },
    editors: { type: "string", default: "10" },
    outlets: { type: "string", default: "20" },
    "articles-per-outlet": { type: "string", default: "20" },
    "save-every": { type: "string", default: "3" },
    "update-every": { type: "string", default: "10" },
    "delete-every": { type: "string", default: "20" },
    "page-every": { type: "string", default: "10" },
    "data-every": { type: "string", default: "20" },
    processes: { type: "string", default: "1" },
    build: { type: "boolean", default: false },
    statements: { type: "boolean", default: false },
  },
});
const PORT = Number(process.env.FRAMEWISE_BENCH_PORT ?? 3621);
const PG_PORT = Number(process.env.FRAMEWISE_BENCH_PG_PORT ?? 55622);
const RESULTS = "bench-results/load.json";
const TARGET_SAVE_P95_MS = 150;
const TAGGING_ACTIONS = "app/(app)/tagging/[articleId]/actions.ts";

const PG_ROOT = () => path.join(dataDirectory(), "bench-load");
const openPostgres = () => startEmbeddedPostgres({ rootDir: PG_ROOT(), port: PG_PORT, database: "framewise_bench" });

/** A fresh database: starting once first recovers from a killed earlier run before the wipe (as e2e-server does). */
async function freshPostgres() {
  await (await startEmbeddedPostgres({ rootDir: PG_ROOT(), port: PG_PORT, database: "postgres" })).stop();
  await rm(PG_ROOT(), { recursive: true, force: true });
  let postgres = await openPostgres();
  if (values.statements)
    await enableStatementStats(postgres.url, async () => {
      await postgres.stop();
      postgres = await openPostgres();
    });
  return postgres;
}

/** Every user signs in through the login form, a few at a time (each sign-in checks an argon2 hash). */
async function signInEveryone(baseUrl: string, seeded: SeededLoad): Promise<Editor[]> {
  const users = [...seeded.reviewers, ...seeded.editors.map((editor) => ({ ...editor, cookie: "" }))];
  for (let at = 0; at < users.length; at += 4)
    await Promise.all(
      users.slice(at, at + 4).map(async (user) => {
        user.cookie = await signIn(baseUrl, { email: user.email, password: LOAD_PASSWORD });
      }),
    );
  return users.slice(seeded.reviewers.length) as Editor[];
}

function requestTypes(baseUrl: string, seeded: SeededLoad, editors: Editor[], ledger: WriteLedger): RequestType[] {
  const manifest = readActionManifest();
  const action = (exportedName: string) => findActionId(manifest, { filename: TAGGING_ACTIONS, exportedName });
  const actionIds = {
    create: action("createTagAction"),
    update: action("updateTagAction"),
    delete: action("deleteTagAction"),
  };
  const load = { baseUrl, reviewers: seeded.reviewers, categories: seeded.categories, actionIds, ledger };
  return [
    ...tagRequestTypes(load, {
      createEvery: Number(values["save-every"]),
      updateEvery: Number(values["update-every"]),
      deleteEvery: Number(values["delete-every"]),
    }),
    // --editors 0 measures the reviewers alone.
    ...(editors.length === 0
      ? []
      : compareRequestTypes(editors, seeded.eventId, {
          pageEvery: Number(values["page-every"]),
          dataEvery: Number(values["data-every"]),
        })),
  ];
}

/**
 * The app processes, started together; users reach them at the first one's address. They share the session secret,
 * as instances behind one load balancer must.
 */
async function startApps(databaseUrl: string, count: number): Promise<{ publicUrl: string; apps: RunningApp[] }> {
  const publicUrl = `http://localhost:${PORT}`;
  const secret = randomBytes(32).toString("base64url");
  const started = await Promise.allSettled(
    Array.from({ length: count }, (_, index) => startApp(databaseUrl, PORT + index, { secret, publicUrl })),
  );
  const apps = started.flatMap((one) => (one.status === "fulfilled" ? [one.value] : []));
  const failed = started.find((one) => one.status === "rejected");
  if (failed) {
    await Promise.all(apps.map((app) => app.stop()));
    throw failed.reason;
  }
  return { publicUrl, apps };
}

const loadAverage = () => os.loadavg().map((n) => Number(n.toFixed(2)));

/** Every request type at once; each type's lanes continue the round-robin over the processes where the last left off. */
function runAll(types: RequestType[], publicUrl: string, processUrls: string[], seconds: number) {
  let firstLane = 0;
  return Promise.all(
    types.map((type) => {
      const targets = { publicUrl, processUrls, firstLane };
      firstLane += laneCount(type);
      return runLanes(targets, type, seconds);
    }),
  );
}

async function measure(
  publicUrl: string,
  processUrls: string[],
  seeded: SeededLoad,
  editors: Editor[],
  databaseUrl: string,
) {
  const ledger = new WriteLedger();
  const run = (seconds: number) =>
    runAll(requestTypes(publicUrl, seeded, editors, ledger), publicUrl, processUrls, seconds);
  console.log(`Warming up for ${values.warmup} s…`);
  const warmup = (await run(Number(values.warmup))).map(summariseRun);
  if (values.statements) await resetStatementStats(databaseUrl);
  const loadBefore = loadAverage();
  const cpuBefore = childCpuSeconds();
  console.log(`Load for ${values.duration} s (load average before: ${loadBefore.join(" ")})…`);
  const runs = await run(Number(values.duration));
  const loadAfter = loadAverage();
  const cpuAfter = childCpuSeconds();
  const cpu = { app: cpuAfter.app - cpuBefore.app, postgres: cpuAfter.postgres - cpuBefore.postgres };
  const saves = combineRuns(
    "tag saves (all)",
    runs.filter((one) => one.name.startsWith("tag ")),
  );
  const rows = [...runs, saves].map(summariseRun);
  const statements = values.statements ? await topStatements(databaseUrl) : null;
  const writes = await checkWrites(ledger);
  return { warmup, rows, runs, writes, acknowledged: ledger.acknowledged, loadBefore, loadAfter, cpu, statements };
}

async function main(): Promise<number> {
  const build = ensureProductionBuild(values.build);
  const postgres = await freshPostgres();
  process.env.DATABASE_URL = postgres.url;
  try {
    await prepareDatabase(postgres.url);
    const shape = {
      outlets: Number(values.outlets),
      articlesPerOutlet: Number(values["articles-per-outlet"]),
      words: 600,
      reviewers: Number(values.reviewers),
      editors: Number(values.editors),
      seedTags: 10,
    };
    console.log(`Seeding ${shape.outlets * shape.articlesPerOutlet} articles, ${shape.reviewers} reviewers…`);
    const seeded = await seedLoad(shape);
    const { publicUrl, apps } = await startApps(postgres.url, Number(values.processes));
    try {
      const servers = apps.map((app) => app.url).join(", ");
      console.log(`Production server (${build} build) on ${servers}; signing in ${shape.reviewers + shape.editors}…`);
      const editors = await signInEveryone(publicUrl, seeded);
      const processUrls = apps.map((app) => app.url);
      const result = await measure(publicUrl, processUrls, seeded, editors, postgres.url);
      return report(shape, build, result);
    } finally {
      await Promise.all(apps.map((app) => app.stop()));
    }
  } finally {
    await db().$disconnect();
    await postgres.stop();
  }
}

async function report(shape: object, build: string, result: Awaited<ReturnType<typeof measure>>): Promise<number> {
  const { rows, warmup, writes } = result;
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, Node ${process.version}`;
  console.log(`\n${formatTable(rows)}\n`);
  console.log(`${machine}; load average ${result.loadBefore.join(" ")} before, ${result.loadAfter.join(" ")} after`);
  const seconds = Number(values.duration);
  console.log(
    `CPU during the run: app server ${result.cpu.app.toFixed(1)} s (${(result.cpu.app / seconds).toFixed(2)} of a core), Postgres ${result.cpu.postgres.toFixed(1)} s (${(result.cpu.postgres / seconds).toFixed(2)})`,
  );
  const saves = rows[rows.length - 1];
  console.log(
    `Tag saves p95 ${saves.p95.toFixed(0)} ms (target < ${TARGET_SAVE_P95_MS} ms): ${saves.p95 < TARGET_SAVE_P95_MS ? "met" : "not met"}`,
  );
  console.log(
    `Writes checked in the database: ${writes.checked} (${writes.inFlight} unanswered at the end), ${writes.wrong.length} wrong`,
  );
  for (const row of rows.slice(0, -1))
    if (row.non2xx > 0) console.log(`  statuses (${row.type}): ${JSON.stringify(row.statuses)}`);
  for (const run of result.runs) for (const reason of run.refusals) console.log(`  refused (${run.name}): ${reason}`);
  for (const line of writes.wrong.slice(0, 10)) console.log(`  ${line}`);
  if (result.statements) {
    console.log("\nStatements by total time during the run (ms total, calls, ms mean):");
    for (const s of result.statements)
      console.log(
        `${s.totalMs.toFixed(0).padStart(8)} ${String(s.calls).padStart(7)} ${s.meanMs.toFixed(2).padStart(8)}  ${s.query}`,
      );
  }
  await mkdir(path.dirname(RESULTS), { recursive: true });
  const { runs: _runs, ...kept } = result;
  await writeFile(
    RESULTS,
    `${JSON.stringify({ date: new Date().toISOString(), machine, node: process.version, build, shape, options: values, ...kept }, null, 2)}\n`,
  );
  console.log(`Wrote ${RESULTS}`);
  const failed = [...rows.slice(0, -1), ...warmup].reduce((total, row) => total + failures(row), 0);
  const silent = rows.filter((row) => row.requests === 0).map((row) => row.type);
  if (failed > 0 || writes.wrong.length > 0 || silent.length > 0) {
    const unanswered = silent.length ? `; no answers at all to ${silent.join(", ")}` : "";
    console.error(`\n${failed} failed requests, ${writes.wrong.length} writes not as acknowledged${unanswered}.`);
    return 1;
  }
  return 0;
}

runScript(main);

// Benchmark: the full import path (parse NDJSON → match outlets → dedupe → fingerprints → COPY →
// syndication links → band index) for 10,000 generated ~800-word articles, against a raw Postgres COPY
// of the same article rows into a table shaped like `articles`, on a fresh embedded Postgres, in one run.
// Each round starts from empty tables; the medians of the rounds are reported.
//   npm run bench:import [-- --articles 10000 --words 800 --rounds 3]
import { randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { parseArgs } from "node:util";
import pg from "pg";
import { contentHash } from "../lib/articles/body-text.ts";
import { copyRows } from "../lib/db/copy-rows.ts";
import { dataDirectory } from "../lib/db/database.ts";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres.ts";
import { prepareDatabase } from "../lib/setup/prepare-database.ts";
import { createStandaloneEvent } from "../lib/events/create-event.ts";
import { saveImportSource } from "../lib/import/batches/save-import-source.ts";
import type { ImportSource } from "../lib/import/batches/stage-import.ts";
import { ARTICLE_COPY_COLUMNS, prepareArticle } from "../lib/import/save/prepare-rows.ts";
import { readImportSource } from "../lib/import/read-source.ts";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    words: { type: "string", default: "800" },
    rounds: { type: "string", default: "3" },
  },
});
const ARTICLES = Number(values.articles);
const WORDS = Number(values.words);
const ROUNDS = Number(values.rounds);
const OUTLETS = 25;

// A deterministic generator, so runs are comparable.
let seed = 42;
const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
const VOCABULARY = Array.from(
  { length: 5000 },
  (_, i) => `w${i.toString(36)}${"aeiou"[i % 5]}${"nrstl"[(i >> 3) % 5]}`,
);

function paragraph(words: number): string {
  const sentence = () =>
    Array.from(
      { length: 8 + Math.floor(random() * 12) },
      () => VOCABULARY[Math.floor(random() * VOCABULARY.length)],
    ).join(" ");
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const s = sentence();
    count += s.split(" ").length;
    out.push(`${s.charAt(0).toUpperCase()}${s.slice(1)}.`);
  }
  return out.join(" ");
}

function generateNdjson(): string {
  const lines: string[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const outlet = i % OUTLETS;
    const body = Array.from({ length: 8 }, () => paragraph(WORDS / 8)).join("\n\n");
    lines.push(
      JSON.stringify({
        outlet: `Outlet ${outlet}`,
        url: `https://outlet${outlet}.example/news/${i}`,
        title: `Generated story ${i}`,
        author: `Reporter ${i % 97}`,
        published_at: new Date(Date.UTC(2026, 2, 1) + i * 60_000).toISOString(),
        body,
      }),
    );
  }
  return lines.join("\n");
}

function readNdjson(ndjson: string): Promise<ImportSource> {
  const bytes = new TextEncoder().encode(ndjson);
  return readImportSource({
    kind: "file",
    fileName: "bench.ndjson",
    contentType: null,
    size: bytes.byteLength,
    chunks: () => Readable.from([bytes]),
  });
}

async function timeFullImport(url: string, ndjson: string): Promise<{ seconds: number; created: number }> {
  process.env.DATABASE_URL = url;
  const started = performance.now();
  const source = await readNdjson(ndjson);
  if (source.result.errors.length)
    throw new Error(`Generated rows were rejected: ${JSON.stringify(source.result.errors.slice(0, 3))}`);
  const eventId = await createStandaloneEvent({ title: "Benchmark event" });
  const outcome = await saveImportSource(source, { eventId, actorId: null });
  return { seconds: (performance.now() - started) / 1000, created: outcome.created };
}

/**
 * COPY of the same rows: each article row exactly as the import writes it (every column, fingerprints
 * included, prepared before the clock starts) into a copy of the articles table with all its indexes.
 */
async function timeRawCopy(url: string, ndjson: string): Promise<number> {
  const source = await readNdjson(ndjson);
  const outletIds = Array.from({ length: OUTLETS }, () => randomUUID());
  const target = { eventId: randomUUID(), batchId: randomUUID(), source: { kind: "ndjson" as const, name: "bench" } };
  const lines = source.result.rows.map(
    ({ row, article }, index) =>
      prepareArticle(
        {
          row,
          article,
          outletId: outletIds[index % OUTLETS],
          eventId: target.eventId,
          hash: contentHash(article.body),
        },
        target,
      ).line,
  );
  const messages = Array.from({ length: Math.ceil(lines.length / 500) }, (_, i) =>
    lines.slice(i * 500, i * 500 + 500).join(""),
  );
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("DROP TABLE IF EXISTS bench_copy");
    await client.query("CREATE TABLE bench_copy (LIKE articles INCLUDING ALL)");
    const started = performance.now();
    await copyRows(client, { table: "bench_copy", columns: ARTICLE_COPY_COLUMNS }, messages);
    return (performance.now() - started) / 1000;
  } finally {
    await client.end();
  }
}

async function emptyTables(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("TRUNCATE articles, article_lsh_bands, outlets, import_batches, events, audit_log CASCADE");
  } finally {
    await client.end();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main(): Promise<void> {
  const rootDir = path.join(dataDirectory(), "bench-postgres");
  await rm(rootDir, { recursive: true, force: true });
  const server = await startEmbeddedPostgres({
    rootDir,
    port: Number(process.env.FRAMEWISE_BENCH_PG_PORT ?? 54359),
    database: "framewise_bench",
  });
  try {
    await prepareDatabase(server.url);
    console.log(`Generating ${ARTICLES} articles of ~${WORDS} words…`);
    const ndjson = generateNdjson();
    console.log(`  ${(ndjson.length / 1024 / 1024).toFixed(1)} MiB of NDJSON`);
    const copyTimes: number[] = [];
    const fullTimes: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      await emptyTables(server.url);
      copyTimes.push(await timeRawCopy(server.url, ndjson));
      const full = await timeFullImport(server.url, ndjson);
      if (full.created !== ARTICLES) throw new Error(`Round ${round} created ${full.created} of ${ARTICLES} articles.`);
      fullTimes.push(full.seconds);
      console.log(
        `  round ${round}: raw COPY ${copyTimes.at(-1)!.toFixed(2)} s, full import ${full.seconds.toFixed(2)} s`,
      );
    }
    const copySeconds = median(copyTimes);
    const fullSeconds = median(fullTimes);
    console.log(
      `raw COPY:           ${copySeconds.toFixed(2)} s  ${(ARTICLES / copySeconds).toFixed(0)} articles/s (median)`,
    );
    console.log(
      `full import path:   ${fullSeconds.toFixed(2)} s  ${(ARTICLES / fullSeconds).toFixed(0)} articles/s (median)`,
    );
    console.log(`ratio:              ${(copySeconds / fullSeconds).toFixed(2)} of raw COPY speed (target ≥ 0.33)`);
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : String(error));
    process.exit(1);
  },
);

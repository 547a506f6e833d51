// Imports articles from files, folders and URLs: the same parsers as the Import page.
//   npm run import -- <file|folder|url>... --event <id> | --new-event "Title"   (for rows that name no event)
//   npm run import -- <file|folder|url>... --dry-run --json     (saves nothing; prints {"articles","errors"})
// Options: --feed (the URL is an RSS/Atom feed), --full-pages (fetch full pages of summary-only feed items),
// --allow-private (fetch from private networks). Logs and the progress bar go to stderr.
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { z } from "zod";
import { openDatabase } from "../lib/db/database.ts";
import { prepareDatabase } from "../lib/setup/prepare-database.ts";
import { saveImportSource } from "../lib/import/batches/save-import-source.ts";
import type { ImportSource } from "../lib/import/batches/stage-import.ts";
import { readImportSource, type ImportInput } from "../lib/import/read-source.ts";
import { createStandaloneEvent, dateSpan } from "../lib/events/create-event.ts";
import { findEvent } from "../lib/events/queries.ts";
import { countRejectedRows } from "../lib/import/normalized-article.ts";
import { nameFromDomain, outletDomain } from "../lib/outlets/domains.ts";

const { values: options, positionals: targets } = parseArgs({
  allowPositionals: true,
  options: {
    event: { type: "string" },
    "new-event": { type: "string" },
    "dry-run": { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    feed: { type: "boolean", default: false },
    "full-pages": { type: "boolean", default: false },
    "allow-private": { type: "boolean", default: false },
  },
});

const log = (message: string) => process.stderr.write(`${message}\n`);

async function main(): Promise<void> {
  if (targets.length === 0) throw new Error("Name at least one file, folder or URL to import.");
  const sources: ImportSource[] = [];
  for (const input of await expandTargets(targets)) {
    log(`Reading ${describe(input)}…`);
    sources.push(await readImportSource(input));
  }
  if (options["dry-run"]) return printDryRun(sources);
  await saveAll(sources);
}

async function expandTargets(names: string[]): Promise<ImportInput[]> {
  const inputs: ImportInput[] = [];
  for (const name of names) {
    if (/^https?:\/\//i.test(name)) {
      const allowPrivateNetwork = options["allow-private"];
      inputs.push(
        options.feed
          ? { kind: "feed-url", url: name, allowPrivateNetwork, fetchFullPages: options["full-pages"] }
          : { kind: "url", url: name, allowPrivateNetwork },
      );
    } else if ((await stat(name)).isDirectory()) {
      const files = (await readdir(name, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
      for (const file of files.map((entry) => path.join(entry.parentPath, entry.name)).sort())
        inputs.push(await fileInput(file));
    } else {
      inputs.push(await fileInput(name));
    }
  }
  return inputs;
}

async function fileInput(file: string): Promise<ImportInput> {
  return {
    kind: "file",
    fileName: path.basename(file),
    contentType: null,
    size: (await stat(file)).size,
    chunks: () => createReadStream(file),
  };
}

const describe = (input: ImportInput) =>
  input.kind === "file" ? input.fileName : input.kind === "paste" ? "pasted text" : input.url;

function printDryRun(sources: ImportSource[]): void {
  const many = sources.length > 1;
  const articles = sources.flatMap((source) =>
    source.result.rows.map(({ article }) => ({
      outlet:
        article.outlet ??
        article.siteName ??
        (outletDomain(article.url) ? nameFromDomain(outletDomain(article.url)!) : null),
      url: article.url,
      title: article.title,
      byline: article.byline,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      language: article.language,
      body: article.body,
      ...(many ? { source: source.name } : {}),
    })),
  );
  const errors = sources.flatMap((source) =>
    source.result.errors.map((error) => ({ ...error, ...(many ? { source: source.name } : {}) })),
  );
  if (options.json) process.stdout.write(`${JSON.stringify({ articles, errors })}\n`);
  else
    for (const article of articles)
      log(`${article.outlet ?? "?"} | ${article.title} | ${article.byline ?? "-"} | ${article.publishedAt ?? "-"}`);
  const rejected = sources.reduce((sum, source) => sum + countRejectedRows(source.result.errors), 0);
  log(`${articles.length} articles read, ${rejected} rows rejected; nothing saved (dry run).`);
}

async function saveAll(sources: ImportSource[]): Promise<void> {
  const database = await openDatabase();
  try {
    await prepareDatabase(database.url);
    process.env.DATABASE_URL = database.url;
    const eventId = await eventForUnnamedRows(sources);
    for (const source of sources) {
      const bar = new SingleBar({
        format: `${source.name} [{bar}] {value}/{total} rows`,
        stream: process.stderr,
        hideCursor: true,
      });
      bar.start(source.result.rows.length, 0);
      const outcome = await saveImportSource(source, {
        eventId,
        actorId: null,
        onProgress: (done) => bar.update(done),
      });
      bar.stop();
      log(
        `${source.name}: ${outcome.created} created, ${outcome.duplicates} duplicates skipped, ${outcome.syndicated} syndicated copies linked, ${countRejectedRows(source.result.errors)} rows rejected.`,
      );
      for (const error of source.result.errors) log(`  row ${error.row ?? "-"} ${error.field ?? ""}: ${error.reason}`);
    }
  } finally {
    await database.close();
  }
}

/** Rows that name their event (a bulk file's `event` column) go to it; --event or --new-event is for the rest. */
async function eventForUnnamedRows(sources: ImportSource[]): Promise<string | null> {
  const unnamed = sources.flatMap((source) => source.result.rows.filter(({ article }) => !article.event));
  if (options.event) return existingEventId(options.event);
  if (options["new-event"])
    return createStandaloneEvent({
      title: options["new-event"],
      ...dateSpan(unnamed.map(({ article }) => article.publishedAt)),
    });
  if (unnamed.length === 0) return null;
  throw new Error(
    `${unnamed.length} rows name no event. Say which event they belong to: --event <id> or --new-event "Title" (or use --dry-run).`,
  );
}

async function existingEventId(value: string): Promise<string> {
  const id = z.uuid({ error: "--event must be an event id (a UUID, shown in the event's address)." }).parse(value);
  if (!(await findEvent(id)))
    throw new Error(`No event with id ${id}. Check the id, or create one with --new-event "Title".`);
  return id;
}

/**
 * Exits once stdout and stderr have taken everything written to them: writes to a pipe are asynchronous,
 * and exiting straight away cut the JSON of a dry run at 64 KiB. The exit itself stays explicit: after a
 * save, the database client's idle connections would otherwise keep the process waiting.
 */
function exitWhenWritten(code: number): void {
  process.exitCode = code;
  const written = (stream: NodeJS.WriteStream) => new Promise((resolve) => stream.write("", resolve));
  void Promise.all([written(process.stdout), written(process.stderr)]).then(() => process.exit(code));
}

// A reader that stops early (`| head`) closes the pipe; what it did not want needs no stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

main().then(
  () => exitWhenWritten(0),
  (error: unknown) => {
    log(error instanceof z.ZodError ? z.prettifyError(error) : error instanceof Error ? error.message : String(error));
    exitWhenWritten(1);
  },
);

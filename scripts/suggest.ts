// Suggestions for plain-text articles, so their quality can be measured outside the app:
//   npm run -s suggest -- <file|folder>... --json [--actors actors.json]
// A folder means its *.txt files, sorted by name. Files are read as UTF-8 with a byte-order mark dropped and no
// other change. With --json, stdout gets one NDJSON line per file in input order: {"file", "suggestions"};
// offsets are UTF-16 indexes into the decoded text. Without --json, a readable list. Logs go to stderr only.
// --actors names a JSON file of [{ "id", "name", "aliases": [] }] to link speakers and namings to.
import { plural } from "../lib/format.ts";
import { once } from "node:events";
import { readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { suggest } from "../lib/suggestions/suggest.ts";
import type { Suggestion } from "../lib/suggestions/types.ts";

const { values: options, positionals: targets } = parseArgs({
  allowPositionals: true,
  options: { json: { type: "boolean", default: false }, actors: { type: "string" } },
});

const actorsSchema = z.array(z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()).default([]) }));

const log = (message: string) => process.stderr.write(`${message}\n`);

async function expandTargets(names: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const name of names) {
    if (!(await stat(name)).isDirectory()) files.push(name);
    else {
      const entries = await readdir(name, { withFileTypes: true });
      const texts = entries.filter((entry) => entry.isFile() && entry.name.endsWith(".txt")).map((entry) => entry.name);
      files.push(...texts.sort().map((file) => path.join(name, file)));
    }
  }
  return files;
}

async function readArticle(file: string): Promise<string> {
  const text = await readFile(file, "utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function readable(file: string, suggestions: Suggestion[]): string {
  const lines = suggestions.map(
    (s) => `  ${s.start}–${s.end} ${s.category} (${s.rule}) ${JSON.stringify(s.text)}\n    ${s.why}`,
  );
  return `${file}: ${suggestions.length} suggestions\n${lines.join("\n")}\n`;
}

async function write(line: string): Promise<void> {
  if (!process.stdout.write(line)) await once(process.stdout, "drain");
}

async function main(): Promise<void> {
  if (targets.length === 0) throw new Error("Name at least one text file or folder of .txt files.");
  const actors = options.actors ? actorsSchema.parse(JSON.parse(await readArticle(options.actors))) : [];
  const files = await expandTargets(targets);
  const started = performance.now();
  let count = 0;
  for (const file of files) {
    const suggestions = suggest(await readArticle(file), { actors });
    count += suggestions.length;
    await write(options.json ? `${JSON.stringify({ file, suggestions })}\n` : readable(file, suggestions));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  log(`${plural(count, "suggestion")} for ${plural(files.length, "file")} in ${seconds} s`);
}

// A reader that stops early (`| head`) closes the pipe; what it did not want needs no stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(0);
});

main().catch((error: unknown) => {
  log(error instanceof z.ZodError ? z.prettifyError(error) : error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});

import { fetchPage } from "./fetch/fetch-page.ts";
import type { ImportSource } from "./batches/stage-import.ts";
import { extractArticle } from "./html/extract-article.ts";
import { detectLanguage } from "./text/language.ts";
import { validateCandidate, type ParseResult, type RowError } from "./normalized-article.ts";
import { parseCsv } from "./parsers/bulk-csv.ts";
import { parseJson, parseNdjson } from "./parsers/bulk-json.ts";
import { detectFormat } from "./parsers/detect-format.ts";
import { parseFeed } from "./parsers/feed.ts";
import { parsePastedText } from "./parsers/pasted-text.ts";
import { decodeText } from "./text/decode.ts";

/**
 * Whole-document formats (HTML, JSON, feeds, text) and uploads through the Import page are refused
 * above this size; CSV and NDJSON files given to the command line are streamed, limited by rows instead.
 */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface FileInput {
  kind: "file";
  fileName: string;
  contentType: string | null;
  size: number;
  /** Opens the file's bytes anew on each call (the head is sniffed before the file is parsed). */
  chunks: () => AsyncIterable<Uint8Array>;
}

export type ImportInput =
  | { kind: "paste"; text: string }
  | FileInput
  | { kind: "url"; url: string; allowPrivateNetwork: boolean }
  | { kind: "feed-url"; url: string; allowPrivateNetwork: boolean; fetchFullPages: boolean };

/** Turns whatever the reviewer gave into parsed rows; the same code serves the Import page and the CLI. */
export async function readImportSource(input: ImportInput): Promise<ImportSource> {
  switch (input.kind) {
    case "paste":
      return { kind: "paste", name: "pasted text", result: withDetectedLanguage(parsePastedText(input.text)) };
    case "file":
      return readFile(input);
    case "url":
      return readWebPage(input.url, input.allowPrivateNetwork);
    case "feed-url":
      return readFeedUrl(input);
  }
}

async function readFile(input: FileInput): Promise<ImportSource> {
  const name = input.fileName;
  if (input.size === 0) return failed("paste", name, "The file is empty. Choose the file again, or export it anew.");
  const head = decodeText(await readHead(input.chunks())).text;
  const format = detectFormat(name, input.contentType, head);
  if (format === "csv") {
    const { columns, ...result } = await parseCsv(input.chunks());
    return { kind: "csv", name, result, columns };
  }
  if (format === "ndjson") {
    const { columns, ...result } = await parseNdjson(input.chunks());
    return { kind: "ndjson", name, result, columns };
  }
  if (!format)
    return failed(
      "paste",
      name,
      "This file type is not supported. Use CSV, JSON, NDJSON, RSS/Atom, HTML or plain text.",
    );
  if (input.size > MAX_FILE_BYTES)
    return failed(
      format,
      name,
      `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB. Split it into smaller files.`,
    );
  const text = decodeText(await readAll(input.chunks())).text;
  switch (format) {
    case "json": {
      const { columns, ...result } = parseJson(text);
      return { kind: "json", name, result, columns };
    }
    case "feed":
      return { kind: "feed", name, result: parseFeed(text, { feedUrl: null }) };
    case "html":
      return { kind: "html", name, result: articleFromHtml(text, null) };
    case "paste":
      return { kind: "paste", name, result: withDetectedLanguage(parsePastedText(text)) };
  }
}

async function readWebPage(url: string, allowPrivateNetwork: boolean): Promise<ImportSource> {
  const page = await fetchPage(url, { accept: "html", allowPrivateNetwork, maxBytes: MAX_FILE_BYTES });
  if (!page.ok) return failed("url", url, page.reason);
  const html = decodeText(page.bytes, page.charset).text;
  return { kind: "url", name: page.finalUrl, result: articleFromHtml(html, page.finalUrl) };
}

async function readFeedUrl(input: Extract<ImportInput, { kind: "feed-url" }>): Promise<ImportSource> {
  const page = await fetchPage(input.url, {
    accept: "feed",
    allowPrivateNetwork: input.allowPrivateNetwork,
    maxBytes: MAX_FILE_BYTES,
  });
  if (!page.ok) return failed("feed", input.url, page.reason);
  const feed = parseFeed(decodeText(page.bytes, page.charset).text, { feedUrl: page.finalUrl });
  const result = input.fetchFullPages ? await withFullPages(feed, input.allowPrivateNetwork) : feed;
  return { kind: "feed", name: page.finalUrl, result };
}

/** Replaces summary-only feed items by their full pages, one at a time to be polite to the site. */
async function withFullPages(feed: ReturnType<typeof parseFeed>, allowPrivateNetwork: boolean): Promise<ParseResult> {
  const rows = [];
  const errors: RowError[] = [...feed.errors];
  for (const [index, parsed] of feed.rows.entries()) {
    if (!feed.summaryOnly[index] || !parsed.article.url) {
      rows.push(parsed);
      continue;
    }
    const page = await readWebPage(parsed.article.url, allowPrivateNetwork);
    const full = page.result.rows[0];
    if (full)
      rows.push({
        row: parsed.row,
        article: { ...full.article, outlet: parsed.article.outlet ?? full.article.outlet },
      });
    else {
      rows.push(parsed);
      errors.push({
        row: parsed.row,
        field: "body",
        reason: `Kept the feed's summary: the full page could not be read (${page.result.errors[0]?.reason ?? "no article found"}).`,
      });
    }
  }
  return { rows, errors };
}

function articleFromHtml(html: string, url: string | null): ParseResult {
  const extracted = extractArticle(html, { url });
  if ("error" in extracted) return { rows: [], errors: [{ row: null, field: "body", reason: extracted.error }] };
  const parsed = validateCandidate(1, { ...extracted, url: extracted.url ?? url });
  return Array.isArray(parsed) ? { rows: [], errors: parsed } : { rows: [parsed], errors: [] };
}

// Plain text declares no language; a confident guess from the body saves the reviewer a field.
function withDetectedLanguage(result: ParseResult): ParseResult {
  return {
    ...result,
    rows: result.rows.map(({ row, article }) => ({
      row,
      article: { ...article, language: article.language ?? detectLanguage(article.body) },
    })),
  };
}

function failed(kind: ImportSource["kind"], name: string, reason: string): ImportSource {
  return { kind, name, result: { rows: [], errors: [{ row: null, field: null, reason }] } };
}

async function readHead(chunks: AsyncIterable<Uint8Array>, size = 4096): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    length += chunk.byteLength;
    if (length >= size) break; // leaving the loop closes the stream
  }
  return Buffer.concat(parts).subarray(0, size);
}

async function readAll(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

/** The chunks of an uploaded file (a web Blob), for FileInput.chunks. */
export async function* blobChunks(blob: Blob): AsyncGenerator<Uint8Array> {
  const reader = blob.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel(); // also when the caller stops early, after sniffing the head
  }
}

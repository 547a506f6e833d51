import { Readable, pipeline } from "node:stream";
import { parse } from "csv-parse";
import { decodeChunks } from "../text/decode-stream.ts";

export type TextInput = AsyncIterable<Uint8Array | string> | Uint8Array | string;

/** Guards against a wrong delimiter or an unclosed quote swallowing the file; long-form articles fit easily. */
export const MAX_RECORD_CHARS = 1_000_000;
const DELIMITERS = [",", ";", "\t"] as const;
const MAX_HEAD_CHARS = 64 * 1024;

/** The input as text chunks, bytes decoded as decodeText would (BOM, UTF-8, else Windows-1252). */
export function textChunks(input: TextInput): AsyncIterable<string> {
  if (typeof input === "string") return single(input);
  return decodeChunks(input instanceof Uint8Array ? single(input) : input);
}

async function* single<T>(value: T): AsyncGenerator<T> {
  yield value;
}

/**
 * Reads chunks until the first non-blank line is complete, and returns it with the whole text (that line
 * included) still to be read.
 */
export async function peekFirstLine(chunks: AsyncIterable<string>): Promise<{ firstLine: string; text: AsyncIterable<string> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  let head = "";
  while (!/\S[^\r\n]*[\r\n]/.test(head) && head.length < MAX_HEAD_CHARS) {
    const next = await iterator.next();
    if (next.done) break;
    head += next.value;
  }
  const firstLine = head.split(/\r\n?|\n/).find((line) => line.trim()) ?? "";
  return { firstLine, text: prepend(head, iterator) };
}

async function* prepend(head: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  if (head) yield head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/** The delimiter used most often outside quotes in the header line; comma when there is no sign of another. */
export function sniffDelimiter(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, "");
  const counts = DELIMITERS.map((delimiter) => unquoted.split(delimiter).length - 1);
  return DELIMITERS[counts.indexOf(Math.max(...counts))];
}

/**
 * Every record of the CSV text, blank lines included (as one empty cell) so that counting records gives
 * the row numbers a spreadsheet shows. Column counts are left to the caller, so a bad row does not end
 * the file; quotes inside unquoted cells are kept as text.
 */
export function csvRecords(text: AsyncIterable<string>, delimiter: string): AsyncIterable<string[]> {
  const parser = parse({ delimiter, bom: true, relax_column_count: true, relax_quotes: true, max_record_size: MAX_RECORD_CHARS });
  // Errors of either stream surface in the caller's iteration; the callback has nothing left to do.
  return pipeline(Readable.from(text), parser, () => {});
}

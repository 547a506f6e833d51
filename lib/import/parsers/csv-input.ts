import { Readable, pipeline } from "node:stream";
import { parse, type CsvError, type Info } from "csv-parse";

/** The longest row imported; long-form articles fit easily. A longer row is rejected on its own. */
export const MAX_RECORD_CHARS = 1_000_000;
/**
 * A row that runs on this far is an unclosed quote swallowing the file, not an article: csv-parse stops
 * growing it here, so a file of any size is never held in memory whole.
 */
export const MAX_RUNAWAY_RECORD_MB = 16;
const DELIMITERS = [",", ";", "\t"] as const;
const MAX_HEAD_CHARS = 64 * 1024;

/**
 * Reads chunks until the first non-blank line is complete, and returns it with the whole text (that line
 * included) still to be read.
 */
export async function peekFirstLine(
  chunks: AsyncIterable<string>,
): Promise<{ firstLine: string; text: AsyncIterable<string> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  let head = "";
  // Each chunk is looked at once, so tiny chunks cost no more than big ones.
  let contentStart = -1;
  while (head.length < MAX_HEAD_CHARS) {
    const next = await iterator.next();
    if (next.done) break;
    const offset = head.length;
    head += next.value;
    if (contentStart === -1 && /\S/.test(next.value)) contentStart = offset + next.value.search(/\S/);
    if (contentStart !== -1 && /[\r\n]/.test(head.slice(Math.max(contentStart, offset)))) break;
  }
  const firstLine = contentStart === -1 ? "" : head.slice(contentStart).split(/\r\n?|\n/, 1)[0];
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

export type CsvItem = { row: number; cells: string[] } | { row: number | null; error: CsvError };

/**
 * Every record of the CSV text with its row number as a spreadsheet shows it (blank lines are records too,
 * of one empty cell), then the error that ended the file early, if any. Column counts and row lengths are
 * left to the caller so a bad row does not end the file; quotes inside unquoted cells are kept as text.
 * With those relaxed, what csv-parse still rejects (an unclosed quote, a runaway record) ends its reading:
 * it cannot resume after a record it gave up on, nor count the rows after it.
 */
export async function* csvRecords(text: AsyncIterable<string>, delimiter: string): AsyncGenerator<CsvItem> {
  // Skipping instead of failing keeps the records parsed before the error, which destroying the stream loses.
  const skipped: { error?: CsvError } = {};
  const parser = parse({
    delimiter,
    bom: true,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    max_record_size: MAX_RUNAWAY_RECORD_MB * 1024 * 1024,
    skip_records_with_error: true,
    on_skip: (error) => {
      skipped.error ??= error;
    },
  });
  // Errors of the input stream surface in this iteration; the callback has nothing left to do.
  const records: AsyncIterable<{ record: string[]; info: Info }> = pipeline(Readable.from(text), parser, () => {});
  const failedAt = () => (typeof skipped.error?.records === "number" ? skipped.error.records + 1 : null);
  for await (const { record, info } of records) {
    const failedRow = failedAt();
    if (failedRow !== null && info.records >= failedRow) break;
    yield { row: info.records, cells: record };
  }
  if (skipped.error) yield { row: failedAt(), error: skipped.error };
}

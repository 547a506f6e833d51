import type { ParsedRow, RowError } from "../normalized-article.ts";
import { MixedEncodingError, textChunks, type TextInput } from "../text/decode-stream.ts";
import { textLines } from "../text/lines.ts";
import {
  assignColumns,
  bulkRowToArticle,
  DEFAULT_MAX_ROWS,
  missingColumnErrors,
  rowLimitError,
  type BulkField,
  type BulkParseOptions,
  type BulkParseResult,
  type FieldValues,
} from "./bulk-fields.ts";

const NO_ARTICLES = "The file holds no articles.";

interface JsonItem {
  row: number;
  value: unknown;
}

/**
 * Reads a JSON array of article objects, or `{ "articles": [...] }`. Keys are the CSV column names and
 * their aliases. Row numbers count the articles from 1, in the order of the array.
 */
export function parseJson(text: string, options: BulkParseOptions = {}): BulkParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ""));
  } catch (error) {
    return failure(`The file is not valid JSON (${messageOf(error)}). Check that it was exported completely.`);
  }
  const articles = Array.isArray(data) ? data : articlesProperty(data);
  if (!articles)
    return failure('Expected a list of articles, [{ "title": …, "body": … }, …], or { "articles": [ … ] }.');
  if (!articles.length) return failure(NO_ARTICLES);
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const items = articles.slice(0, maxRows).map((value, index) => ({ row: index + 1, value }));
  const result = readObjects(items, options);
  if (articles.length > maxRows) result.errors.push(rowLimitError(maxRows, maxRows + 1, "articles"));
  return result;
}

/**
 * Reads newline-delimited JSON: one article object per line. Blank lines are skipped; a line that is not
 * JSON is an error for that line only. Row numbers are line numbers.
 */
export async function parseNdjson(input: TextInput, options: BulkParseOptions = {}): Promise<BulkParseResult> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const items: JsonItem[] = [];
  const lineErrors: RowError[] = [];
  try {
    for await (const line of textLines(textChunks(input))) {
      if (!line.text.trim()) continue;
      if (items.length + lineErrors.length === maxRows) {
        lineErrors.push(rowLimitError(maxRows, line.number, "lines"));
        break;
      }
      const parsed = parseLine(line.text, line.number);
      if ("error" in parsed) lineErrors.push(parsed.error);
      else items.push(parsed);
    }
  } catch (error) {
    if (!(error instanceof MixedEncodingError)) throw error;
    lineErrors.push({ row: null, field: null, reason: error.message });
  }
  if (!items.length && !lineErrors.length) return failure(NO_ARTICLES);
  const result = readObjects(items, options);
  return { ...result, errors: [...lineErrors, ...result.errors].sort(byRow) };
}

function parseLine(text: string, row: number): JsonItem | { error: RowError } {
  try {
    return { row, value: JSON.parse(text.replace(/^\ufeff/, "")) };
  } catch (error) {
    const reason = `Line ${row} is not valid JSON (${messageOf(error)}). Each line must hold one complete article object.`;
    return { error: { row, field: null, reason } };
  }
}

type JsonObject = Record<string, unknown>;
type ObjectItem = { row: number; value: JsonObject };

/**
 * Objects in one file need not share keys (one says "headline", the next "title"), so each object's keys
 * are matched to fields on their own; the result lists every key once with the field it gave.
 */
function readObjects(items: JsonItem[], options: BulkParseOptions): BulkParseResult {
  const objects = items.filter((item): item is ObjectItem => isObject(item.value));
  const { outcomes, fieldOfKey } = objectsToArticles(objects, options);
  const keys = [...new Set(objects.flatMap((item) => Object.keys(item.value)))];
  const columns = keys.map((header) => ({ header, field: fieldOfKey.get(header) ?? null }));
  const errors = [
    ...assignColumns(keys, options.mapping).errors,
    ...items.filter((item) => !isObject(item.value)).map(notAnObject),
  ];
  const missing = objects.length ? missingColumnErrors(columns, null) : [];
  if (missing.length) return { rows: [], errors: [...errors, ...missing], columns };
  const rows = outcomes.filter((outcome): outcome is ParsedRow => !Array.isArray(outcome));
  const rowErrors = outcomes.filter((outcome): outcome is RowError[] => Array.isArray(outcome)).flat();
  return { rows, errors: [...errors, ...rowErrors].sort(byRow), columns };
}

function objectsToArticles(objects: ObjectItem[], options: BulkParseOptions) {
  const fieldOfKey = new Map<string, BulkField>();
  const outcomes = objects.map(({ row, value }) => {
    const values: FieldValues = {};
    for (const { header, field } of assignColumns(Object.keys(value), options.mapping).columns) {
      if (!field) continue;
      values[field] = value[header];
      fieldOfKey.set(header, field);
    }
    return bulkRowToArticle(row, values, { timeZone: options.timeZone });
  });
  return { outcomes, fieldOfKey };
}

function articlesProperty(data: unknown): unknown[] | null {
  return isObject(data) && Array.isArray(data.articles) ? data.articles : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function notAnObject({ row }: JsonItem): RowError {
  return {
    row,
    field: null,
    reason: 'This entry is not an article object; expected { "title": …, "body": …, "url": … }.',
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function failure(reason: string): BulkParseResult {
  return { rows: [], errors: [{ row: null, field: null, reason }], columns: [] };
}

/** Whole-file errors first, then by row; the sort is stable, so a row's errors keep their order. */
function byRow(a: RowError, b: RowError): number {
  return (a.row ?? 0) - (b.row ?? 0);
}

import { validateCandidate, type ParsedRow, type ParseResult, type RowError } from "../normalized-article.ts";
import { parsePublishedDate } from "../text/dates.ts";

/** The documented columns of a bulk file (CSV header names, JSON keys). */
export const BULK_FIELDS = ["outlet", "url", "title", "author", "published_at", "body", "event"] as const;
export type BulkField = (typeof BULK_FIELDS)[number];

/** Which column (header or key) gives each field, as the reviewer chose it in the preview; null ignores the field. */
export type ColumnMapping = Partial<Record<BulkField, string | null>>;

export interface ColumnAssignment {
  header: string;
  /** null: a column no field reads (unknown, a duplicate, or unmapped by the reviewer); it is not imported. */
  field: BulkField | null;
}

export type BulkParseResult = ParseResult & { columns: ColumnAssignment[] };

export interface BulkParseOptions {
  mapping?: ColumnMapping;
  /** Default DEFAULT_MAX_ROWS. */
  maxRows?: number;
  /** IANA zone for dates without an offset. Default UTC. */
  timeZone?: string;
}

/** Large enough for any one event's coverage, small enough to preview and hold in memory. */
export const DEFAULT_MAX_ROWS = 50_000;

const ALIASES: Record<BulkField, string[]> = {
  outlet: [
    "outlet",
    "source",
    "publication",
    "publisher",
    "site",
    "site_name",
    "outlet_name",
    "source_name",
    "newspaper",
    "media",
  ],
  url: ["url", "link", "canonical_url", "article_url", "permalink", "href"],
  title: ["title", "headline", "heading", "article_title"],
  author: ["author", "byline", "authors", "writer", "creator", "by"],
  published_at: [
    "published_at",
    "date",
    "published",
    "pubdate",
    "pub_date",
    "publication_date",
    "published_date",
    "date_published",
    "publish_date",
    "datetime",
  ],
  body: ["body", "text", "content", "article", "article_text", "body_text", "full_text", "story"],
  event: ["event", "event_id", "event_title", "event_name"],
};

/** "Published At", "published-at" and "publishedAt" all name the same column. */
function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

const FIELD_BY_ALIAS = new Map(
  BULK_FIELDS.flatMap((field) => ALIASES[field].map((alias) => [headerKey(alias), field] as const)),
);

/** The field a column or key of this name gives by default, if any. */
export function fieldForHeader(header: string): BulkField | null {
  return FIELD_BY_ALIAS.get(headerKey(header)) ?? null;
}

/**
 * Decides which column gives each field: the reviewer's mapping first, then columns named exactly like a
 * field, then aliases, each field taken by the first column that claims it. A mapping naming a column the
 * file does not have is an error on the header.
 */
export function assignColumns(
  headers: string[],
  mapping: ColumnMapping = {},
  headerRow: number | null = null,
): { columns: ColumnAssignment[]; errors: RowError[] } {
  const fields: (BulkField | null)[] = headers.map(() => null);
  const taken = new Set<BulkField>();
  const errors: RowError[] = [];
  const claim = (index: number, field: BulkField) => {
    if (index === -1 || taken.has(field) || fields[index]) return;
    fields[index] = field;
    taken.add(field);
  };
  const keys = headers.map(headerKey);
  for (const field of BULK_FIELDS) {
    const chosen = mapping[field];
    if (chosen === undefined) continue;
    if (chosen === null) taken.add(field);
    else if (keys.includes(headerKey(chosen))) claim(keys.indexOf(headerKey(chosen)), field);
    else
      errors.push({ row: headerRow, field, reason: `The column "${chosen}" chosen for ${field} is not in the file.` });
  }
  for (const field of BULK_FIELDS) claim(keys.indexOf(headerKey(field)), field);
  headers.forEach((header, index) => {
    const field = fieldForHeader(header);
    if (field) claim(index, field);
  });
  return { columns: headers.map((header, index) => ({ header, field: fields[index] })), errors };
}

/** A file with thousands of columns (a wrong delimiter, say) would otherwise make an unreadable message. */
const LISTED_HEADERS = 20;

/** Without these columns no row could be imported, so the file is refused once instead of on every row. */
export function missingColumnErrors(columns: ColumnAssignment[], headerRow: number | null): RowError[] {
  const has = (field: BulkField) => columns.some((column) => column.field === field);
  const headers = columns.map((column) => column.header);
  const found = headers.slice(0, LISTED_HEADERS).join(", ") + (headers.length > LISTED_HEADERS ? ", …" : "") || "none";
  const missing = (field: string, what: string): RowError => ({
    row: headerRow,
    field,
    reason: `No column gives the ${what}. Columns found: ${found}. Name a column "${field}" or choose one in the mapping.`,
  });
  const errors: RowError[] = [];
  if (!has("title")) errors.push(missing("title", "title"));
  if (!has("body")) errors.push(missing("body", "article text"));
  if (!has("url") && !has("outlet")) errors.push(missing("url", "article's address or outlet"));
  return errors;
}

export function rowLimitError(maxRows: number, row: number | null, unit: string): RowError {
  const limit = maxRows.toLocaleString("en");
  return {
    row,
    field: null,
    reason:
      `The file has more than ${limit} articles; only the first ${limit} were read. ` +
      `Split it into files of at most ${limit} ${unit} each and import them one by one.`,
  };
}

export type FieldValues = Partial<Record<BulkField, unknown>>;

/** Reads one row's values, as a column's field says, into an article, or the reasons it cannot be one. */
export function bulkRowToArticle(
  row: number,
  values: FieldValues,
  options: { timeZone?: string } = {},
): ParsedRow | RowError[] {
  const text = readTexts(row, values);
  if (Array.isArray(text)) return text;
  const errors: RowError[] = [];
  const publishedAt = text.published_at ? parsePublishedDate(text.published_at, options) : null;
  if (text.published_at && !publishedAt) errors.push(invalidDate(row, text.published_at));
  if (!text.url && !text.outlet) errors.push(unattributed(row));
  const parsed = validateCandidate(row, {
    outlet: text.outlet,
    url: text.url,
    title: text.title ?? "",
    byline: text.author,
    publishedAt,
    event: text.event,
    body: text.body ?? "",
  });
  if (Array.isArray(parsed))
    return [...errors, ...parsed.map((error) => ({ ...error, field: bulkFieldName(error.field) }))];
  return errors.length ? errors : parsed;
}

type TextValues = Partial<Record<BulkField, string>>;

function readTexts(row: number, values: FieldValues): TextValues | RowError[] {
  const texts: TextValues = {};
  const errors: RowError[] = [];
  for (const field of BULK_FIELDS) {
    const value = cellText(values[field], field);
    if (value === undefined)
      errors.push({ row, field, reason: `The ${field} must be text, not ${typeName(values[field])}.` });
    else if (value) texts[field] = value;
  }
  return errors.length ? errors : texts;
}

/** Text of a cell or JSON value; "" when absent; undefined when it cannot be text. */
function cellText(value: unknown, field: BulkField): string | undefined {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  // JSON exports list several authors as an array.
  const isNameList = Array.isArray(value) && value.every((name) => typeof name === "string");
  if (field === "author" && isNameList) return value.join(", ").trim();
  return undefined;
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

function invalidDate(row: number, value: string): RowError {
  const examples = "2024-06-05, 2024-06-05T14:30:00+02:00 or June 5, 2024";
  return {
    row,
    field: "published_at",
    reason: `"${value.slice(0, 60)}" is not a date this importer understands. Use e.g. ${examples}.`,
  };
}

function unattributed(row: number): RowError {
  return {
    row,
    field: "outlet",
    reason: "Give the outlet or the article's url, so the article can be attributed to an outlet.",
  };
}

const SCHEMA_TO_BULK_FIELD: Record<string, BulkField> = { byline: "author", publishedAt: "published_at" };

function bulkFieldName(schemaField: string | null): string | null {
  return schemaField === null ? null : (SCHEMA_TO_BULK_FIELD[schemaField] ?? schemaField);
}

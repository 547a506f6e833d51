import { z } from "zod";
import { normalizeBodyText, withoutControlCharacters } from "../articles/body-text.ts";

/** Where an imported article came from; stored with the article as its provenance. */
export const SOURCE_KINDS = ["paste", "html", "url", "feed", "csv", "json", "ndjson", "demo"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Left-to-right, right-to-left and Arabic letter marks. A body keeps them: they place punctuation in its
 * right-to-left paragraphs. A title or a name is shown inside other text, whose order they can upset,
 * and no letter is lost without them.
 */
const BIDI_MARKS = /[\u200e\u200f\u061c]/g;

const oneLine = (value: string) => withoutControlCharacters(value).replace(BIDI_MARKS, "").replace(/\s+/g, " ").trim();

const optionalText = z
  .string()
  .transform(oneLine)
  .transform((value) => value || null)
  .nullable()
  .optional()
  .transform((value) => value ?? null);

/**
 * What every parser produces, whatever the input form: one article's metadata and its body as plain
 * text with paragraphs separated by blank lines. Everything downstream (preview, dedupe, save) reads this.
 */
export const normalizedArticleSchema = z.object({
  /** Outlet name as the source gives it; null lets the importer match the outlet by the URL's domain. */
  outlet: optionalText,
  url: z
    .url({ protocol: /^https?$/, error: "Use a full http(s) address, like https://example.org/story." })
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  title: z
    .string()
    .transform(oneLine)
    .pipe(z.string().min(1, { error: "The title is empty." }).max(1000)),
  byline: optionalText,
  publishedAt: z
    .date({ error: "Not a date this importer understands." })
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  language: optionalText,
  siteName: optionalText,
  /** Event title or id named by the source (bulk files' `event` column). */
  event: optionalText,
  body: z
    .string()
    .transform(normalizeBodyText)
    .pipe(z.string().min(1, { error: "The article body is empty." })),
});

export type NormalizedArticle = z.output<typeof normalizedArticleSchema>;
export type NormalizedArticleInput = z.input<typeof normalizedArticleSchema>;

/** Why one row (1-based, as the user counts them; null for the whole input) could not be imported. */
export interface RowError {
  row: number | null;
  field: string | null;
  reason: string;
}

export interface ParsedRow {
  row: number;
  article: NormalizedArticle;
}

export interface ParseResult {
  rows: ParsedRow[];
  errors: RowError[];
}

/** Validates one parser candidate, turning zod issues into row errors a reviewer can act on. */
export function validateCandidate(row: number, candidate: NormalizedArticleInput): ParsedRow | RowError[] {
  const parsed = normalizedArticleSchema.safeParse(candidate);
  if (parsed.success) return { row, article: parsed.data };
  return parsed.error.issues.map((issue) => ({ row, field: issue.path.join(".") || null, reason: issue.message }));
}

/** Rows rejected while reading: each row once, however many of its fields are wrong; a whole-input error counts once. */
export function countRejectedRows(errors: RowError[]): number {
  const rows = new Set(errors.flatMap((error) => (error.row === null ? [] : [error.row])));
  return rows.size + errors.filter((error) => error.row === null).length;
}

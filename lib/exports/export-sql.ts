import pg from "pg";
import { neutralisedSql, type Column } from "./column.ts";
import { ARTICLE_COLUMNS, ARTICLE_FROM, ARTICLE_ORDER } from "./columns/articles.ts";
import { FORM_COLUMNS, FORM_FROM, FORM_ORDER } from "./columns/forms.ts";
import { TAG_COLUMNS, TAG_FROM, TAG_ORDER } from "./columns/tags.ts";
import { TONE_COLUMNS, TONE_FROM, TONE_ORDER } from "./columns/tones.ts";
import type { CopyDataset, ExportFormat } from "./datasets.ts";
import { pseudonymSql } from "./reviewer-pseudonym.ts";
import type { ExportScope } from "./schemas.ts";

export const COPY_TABLES: Record<CopyDataset, { columns: Column[]; from: string; order: string; reviewer?: string }> = {
  articles: { columns: ARTICLE_COLUMNS, from: ARTICLE_FROM, order: ARTICLE_ORDER },
  tags: { columns: TAG_COLUMNS, from: TAG_FROM, order: TAG_ORDER, reviewer: "t.reviewer_id" },
  forms: { columns: FORM_COLUMNS, from: FORM_FROM, order: FORM_ORDER, reviewer: "f.reviewer_id" },
  tones: { columns: TONE_COLUMNS, from: TONE_FROM, order: TONE_ORDER, reviewer: "f.reviewer_id" },
};

export interface CopyOptions {
  format: ExportFormat;
  pseudonymise: boolean;
}

// COPY takes no bind parameters: the event id is a zod-checked UUID and still goes in through escapeLiteral.
function scopeCondition(scope: ExportScope): string {
  return "eventId" in scope ? `a.event_id = ${pg.escapeLiteral(scope.eventId)}::uuid` : "a.event_id IS NOT NULL";
}

// In CSV, text is neutralised against formulas; booleans are written true/false (pandas and R read them as such,
// not Postgres's t/f) and JSON as its text.
function csvCell(column: Column, sql: string): string {
  if (column.type === "text" && !column.fixed) return neutralisedSql(sql);
  if (column.type === "boolean" || column.type === "json") return `(${sql})::text`;
  return sql;
}

/**
 * The SELECT of a dataset: its columns (text neutralised against formulas in CSV), for the scope, in order. With
 * pseudonyms, each user's is computed once (a materialised CTE over users), not once per row.
 */
export function selectSql(dataset: CopyDataset, scope: ExportScope, options: CopyOptions): string {
  const table = COPY_TABLES[dataset];
  const pseudonyms = Boolean(table.reviewer && options.pseudonymise);
  const reviewer = table.reviewer && (pseudonyms ? "rp.pseudonym" : `${table.reviewer}::text`);
  const columns = table.columns.map((column) => {
    const sql = column.sql!.replace("{reviewer}", reviewer ?? "NULL");
    const value = options.format === "csv" ? csvCell(column, sql) : sql;
    return `${value} AS ${pg.escapeIdentifier(column.name)}`;
  });
  const from = pseudonyms ? `${table.from} LEFT JOIN reviewer_pseudonyms rp ON rp.id = ${table.reviewer}` : table.from;
  const select = `SELECT ${columns.join(", ")} ${from} WHERE ${scopeCondition(scope)} ${table.order}`;
  if (!pseudonyms) return select;
  return `WITH reviewer_pseudonyms AS MATERIALIZED (SELECT u.id, ${pseudonymSql("u.id")} AS pseudonym FROM users u) ${select}`;
}

/**
 * The COPY that streams a dataset: CSV with a header, or one JSON object per line. JSON goes through COPY's CSV
 * format with a quote and a delimiter JSON never holds raw (control characters are escaped in JSON), so each
 * line comes out exactly as row_to_json wrote it.
 */
export function copySql(dataset: CopyDataset, scope: ExportScope, options: CopyOptions): string {
  const select = selectSql(dataset, scope, options);
  if (options.format === "csv") return `COPY (${select}) TO STDOUT WITH (FORMAT csv, HEADER true)`;
  return `COPY (SELECT row_to_json(r)::text FROM (${select}) r) TO STDOUT WITH (FORMAT csv, QUOTE E'\\x01', DELIMITER E'\\x02')`;
}

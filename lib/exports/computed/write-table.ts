import { neutralise } from "../column.ts";
import type { ExportFormat } from "../datasets.ts";
import type { Cell, Table } from "./table.ts";

// RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled; empty for null, as COPY writes it.
function csvCell(value: Cell): string {
  if (value === null) return "";
  const text = typeof value === "string" ? neutralise(value) : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A computed table in the export's format, its columns in dictionary order; CSV cells neutralised like COPY's. */
export function writeTable(table: Table, format: ExportFormat): string {
  const names = table.columns.map((column) => column.name);
  const ordered = table.rows.map((row) => Object.fromEntries(names.map((name) => [name, row[name] ?? null])));
  if (format === "json") return `[\n${ordered.map((row) => JSON.stringify(row)).join(",\n")}\n]\n`;
  if (format === "ndjson") return ordered.map((row) => `${JSON.stringify(row)}\n`).join("");
  const lines = [names.join(","), ...ordered.map((row) => names.map((name) => csvCell(row[name])).join(","))];
  return `${lines.join("\n")}\n`;
}

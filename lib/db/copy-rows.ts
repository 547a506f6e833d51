import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** A value as COPY's text format reads it into text, int, uuid, timestamptz, jsonb and int[] columns. */
export type CopyValue = string | number | null | readonly number[] | object;

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

export function copyField(value: CopyValue): string {
  if (value === null) return "\\N";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value.replace(/[\\\t\n\r]/g, (char) => ESCAPES[char]);
  if (Array.isArray(value)) return `{${value.join(",")}}`;
  return copyField(JSON.stringify(value));
}

export function copyLine(values: readonly CopyValue[]): string {
  return values.map(copyField).join("\t") + "\n";
}

/**
 * Streams lines (each from `copyLine`, in the order of `columns`) into the table with COPY. Lines should
 * come grouped into strings of many rows: one protocol message per row makes COPY several times slower.
 */
export async function copyRows(
  connection: pg.ClientBase,
  target: { table: string; columns: readonly string[] },
  lines: Iterable<string> | AsyncIterable<string>,
): Promise<void> {
  const name = (identifier: string) => connection.escapeIdentifier(identifier);
  const sql = `COPY ${name(target.table)} (${target.columns.map(name).join(", ")}) FROM STDIN`;
  await pipeline(Readable.from(lines), connection.query(copyFrom(sql)));
}

import { z } from "zod";

interface Keyed {
  rule: string;
  category: string;
  start: number;
  end: number;
}

/**
 * What names a suggestion across page loads: its rule, category and span. Article bodies never change, so the
 * same text gives the same key, and a rejection stored under it keeps matching.
 */
export function suggestionKey({ rule, category, start, end }: Keyed): string {
  return `${rule}|${category}|${start}|${end}`;
}

/** A key as the workspace posts it back: checked for shape only; whether it is offered is the caller's question. */
export const suggestionKeySchema = z
  .string()
  .max(200)
  .regex(/^[a-z][\w.-]*\|[a-z][\w.-]*\|\d+\|\d+$/, { error: "That is not a suggestion of this article." });

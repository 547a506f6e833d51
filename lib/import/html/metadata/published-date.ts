import * as chrono from "chrono-node";

const EARLIEST_PLAUSIBLE = Date.UTC(1990, 0, 1);
/** A publication date a day ahead is a time zone slip; further ahead it is a template placeholder or an event date. */
const FUTURE_TOLERANCE_MS = 36 * 60 * 60 * 1000;

function plausible(date: Date, now: Date): Date | null {
  const time = date.getTime();
  if (Number.isNaN(time) || time < EARLIEST_PLAUSIBLE || time > now.getTime() + FUTURE_TOLERANCE_MS) return null;
  return date;
}

/**
 * Reads a publication date from metadata: ISO 8601 (what JSON-LD, OpenGraph and `<time datetime>` should
 * hold) directly, anything else ("Nov 19, 2019 6:51 AM") through chrono's English parser.
 */
export function parsePublishedDate(value: string | null | undefined, now = new Date()): Date | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(trimmed)) return plausible(new Date(trimmed), now);
  const parsed = chrono.parseDate(trimmed, now);
  return parsed ? plausible(parsed, now) : null;
}

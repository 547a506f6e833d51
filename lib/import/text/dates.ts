import * as chrono from "chrono-node";
import { wallTimeAtOffset, wallTimeInZone, type WallTime } from "./time-zone.ts";

export interface DateParseOptions {
  /** IANA zone for values that give no offset, such as "2024-06-05" or "June 5, 2024 14:30". Default UTC. */
  timeZone?: string;
  /** "Now" for the future check; tests pin it. */
  reference?: Date;
}

const MIN_YEAR = 1900;
/** Longer than any written date; spares the parsers a body pasted into the date column. */
const MAX_DATE_LENGTH = 100;
/** Allows for clocks and zones running ahead; anything later is a typo or a scheduled post, not a publication. */
const MAX_FUTURE_MILLIS = 2 * 24 * 60 * 60 * 1000;

/** English first (feeds and most files); then the languages of the outlets reviewers import most. */
const OTHER_LOCALES = [chrono.de, chrono.fr, chrono.es, chrono.it, chrono.nl, chrono.pt];
const PARSERS = [chrono.strict, ...OTHER_LOCALES.map((locale) => locale.strict)];

/**
 * Reads a publication date written by a person or a program: ISO 8601, RFC 2822, "June 5, 2024",
 * "5 June 2024 14:30 CET", numeric dates, Unix timestamps (seconds or milliseconds). Returns null for
 * anything else, for dates without a year, day or month, before 1900, or more than two days ahead.
 *
 * Numeric dates: "05.06.2024" and "05-06-2024" are day-first (European); "05/06/2024" is month-first (US)
 * unless the first number is over 12 ("25/06/2024" can only be 25 June). Two-digit years are rejected.
 */
export function parsePublishedDate(value: string, options: DateParseOptions = {}): Date | null {
  const text = value.trim();
  if (!text || text.length > MAX_DATE_LENGTH) return null;
  const date = parseTimestamp(text) ?? parseIsoInstant(text) ?? parseWrittenDate(text, options.timeZone ?? "UTC");
  return date && isPlausiblePublishedDate(date, options.reference) ? date : null;
}

export function isPlausiblePublishedDate(date: Date, reference: Date = new Date()): boolean {
  const time = date.getTime();
  return !Number.isNaN(time) && date.getUTCFullYear() >= MIN_YEAR && time <= reference.getTime() + MAX_FUTURE_MILLIS;
}

function parseTimestamp(text: string): Date | null {
  if (/^\d{9,10}$/.test(text)) return new Date(Number(text) * 1000);
  if (/^\d{12,13}$/.test(text)) return new Date(Number(text));
  return null;
}

// What programs write (exports, feeds, APIs): read directly, sparing chrono on large bulk files.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

function parseIsoInstant(text: string): Date | null {
  if (!ISO_INSTANT.test(text)) return null;
  const date = new Date(text.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
  return Number.isNaN(date.getTime()) ? null : date;
}

function parseWrittenDate(text: string, timeZone: string): Date | null {
  const normalized = normalizeForChrono(text);
  if (normalized === null) return null;
  for (const parser of PARSERS) {
    const found = wholeDate(parser.parse(normalized), normalized);
    if (!found) continue;
    const { wall, offsetMinutes } = found;
    return offsetMinutes === null ? wallTimeInZone(wall, timeZone) : wallTimeAtOffset(wall, offsetMinutes);
  }
  return null;
}

type ChronoResult = ReturnType<typeof chrono.strict.parse>[number];

/** The date only when one result spans the whole text: "foo June 5, 2024 bar" is not a date. */
function wholeDate(results: ChronoResult[], text: string): { wall: WallTime; offsetMinutes: number | null } | null {
  if (results.length !== 1) return null;
  const [{ start, end, index, text: matched }] = results;
  if (end || index !== 0 || matched.length !== text.length) return null;
  if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) return null;
  // chrono implies noon for date-only values; a date without a time means the start of that day.
  const timed = start.isCertain("hour");
  const wall: WallTime = {
    year: start.get("year") ?? 0,
    month: start.get("month") ?? 0,
    day: start.get("day") ?? 0,
    hour: timed ? (start.get("hour") ?? 0) : 0,
    minute: timed ? (start.get("minute") ?? 0) : 0,
    second: timed ? (start.get("second") ?? 0) : 0,
    millisecond: timed ? (start.get("millisecond") ?? 0) : 0,
  };
  if (wall.year < MIN_YEAR) return null;
  return { wall, offsetMinutes: start.isCertain("timezoneOffset") ? (start.get("timezoneOffset") ?? 0) : null };
}

const NUMERIC_DATE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?=$|[\sT,])/;

/**
 * Rewrites a leading numeric date as ISO (so chrono cannot apply its own order), trims sub-millisecond
 * digits chrono does not read, and drops trailing punctuation. Null when the date is ambiguous.
 */
function normalizeForChrono(text: string): string | null {
  const cleaned = text.replace(/(\d{2}:\d{2}:\d{2}\.\d{3})\d+/, "$1").replace(/[.,;]+$/, "");
  const match = NUMERIC_DATE.exec(cleaned);
  if (!match) return cleaned;
  const [whole, first, separator, second, year] = match;
  if (year.length === 2) return null;
  const dayFirst = separator !== "/" || Number(first) > 12;
  const [day, month] = dayFirst ? [first, second] : [second, first];
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}${cleaned.slice(whole.length)}`;
}

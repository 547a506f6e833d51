import { parsePublishedDate } from "../text/dates.ts";

export interface ArticleMeta {
  byline: string | null;
  publishedAt: Date | null;
}

/** Longer lines are body text, not a byline or a date line. */
const MAX_META_LINE_LENGTH = 200;
const MAX_BYLINE_WORDS = 12;
const BY_PREFIX = /^by[:\s]\s*/i;
const DATE_LABEL = /^(?:published|posted|updated|last updated|date)(?:\s+on)?\s*:?\s*/i;
/** "//", "|", dashes and dots between name and date; a plain hyphen only when spaced, as names contain it. */
const SEGMENT_SEPARATOR = /\s*(?:\/\/|[|—–·•])\s*|\s+-\s+/;

/**
 * Reads a line under a pasted headline as a byline and/or date: "By lauraharris // 2024-06-05",
 * "By Jane Doe | June 5, 2024", "By Jane Doe and John Roe", "Jane Doe, Reuters — 5 June 2024",
 * "Published: June 5, 2024". Null when the line is anything else. Without "By", a line counts as a byline
 * only when it also carries a date, since a short line of words may equally be a standfirst.
 */
export function readMetaLine(line: string): ArticleMeta | null {
  const text = line.trim();
  if (!text || text.length > MAX_META_LINE_LENGTH) return null;
  const hasBy = BY_PREFIX.test(text);
  const rest = text.replace(BY_PREFIX, "");
  const slashed = splitAtSlashes(rest);
  const { names, publishedAt } = slashed ?? splitNamesAndDate(rest);
  if (!names) return !hasBy && publishedAt ? { byline: null, publishedAt } : null;
  const named = slashed ? fewWords(names) : looksLikeNames(names);
  if (!named || (!hasBy && !publishedAt)) return null;
  return { byline: names, publishedAt };
}

/**
 * "Democracy Now! // 2024-06-11": a date after "//" marks off the name so plainly that all before it is
 * the name, whatever punctuation it holds ("Emirates 24|7"). Null when no date follows the first "//".
 */
function splitAtSlashes(text: string): { names: string; publishedAt: Date } | null {
  const slashes = text.indexOf("//");
  const publishedAt = slashes === -1 ? null : dateIn(text.slice(slashes + 2));
  return publishedAt && { names: text.slice(0, slashes).trim(), publishedAt };
}

function splitNamesAndDate(text: string): { names: string; publishedAt: Date | null } {
  const segments = text.split(SEGMENT_SEPARATOR).filter(Boolean);
  for (let index = segments.length - 1; index >= 0; index -= 1) {
    const publishedAt = dateIn(segments[index]);
    if (publishedAt) return { names: segments.filter((_, other) => other !== index).join(", "), publishedAt };
  }
  return splitAtComma(text);
}

/** "Jane Doe, June 5, 2024": the date is the longest part after a comma that reads as one. */
function splitAtComma(text: string): { names: string; publishedAt: Date | null } {
  for (let comma = text.indexOf(","); comma !== -1; comma = text.indexOf(",", comma + 1)) {
    const publishedAt = dateIn(text.slice(comma + 1));
    if (publishedAt) return { names: text.slice(0, comma).trim(), publishedAt };
  }
  return { names: text.trim(), publishedAt: null };
}

function dateIn(segment: string): Date | null {
  return parsePublishedDate(segment.replace(DATE_LABEL, ""));
}

/** A sentence ends in punctuation ("By then it was over."); names seldom do. */
function looksLikeNames(text: string): boolean {
  return fewWords(text) && !/[.!?:;]$/.test(text);
}

function fewWords(text: string): boolean {
  return text.split(/\s+/).length <= MAX_BYLINE_WORDS;
}

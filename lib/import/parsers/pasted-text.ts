import { validateCandidate, type ParseResult, type RowError } from "../normalized-article.ts";
import { findHtmlMarkup } from "../text/html-markup.ts";
import { readMetaLine, type ArticleMeta } from "./byline.ts";

export interface PastedTextOptions {
  url?: string | null;
  outlet?: string | null;
}

/** Headlines are far shorter; a longer first line means the title was not pasted, only the text. */
const MAX_TITLE_LENGTH = 300;
/** A byline line and a separate date line at most. */
const MAX_META_LINES = 2;
/** Whitespace, including the no-break and zero-width spaces copied from web pages. */
const BLANK_LINE = /^[\s\u200b\ufeff]*$/;

/**
 * Reads an article pasted as text: the first non-empty line is the title, then optional byline and date
 * lines, then the body with its paragraphs. One article, reported as row 1.
 *
 * HTML is refused, not converted: pasted markup is usually a whole page's source, and only the HTML
 * import picks the article out of its navigation, ads and scripts.
 */
export function parsePastedText(text: string, options: PastedTextOptions = {}): ParseResult {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const titleIndex = lines.findIndex((line) => !BLANK_LINE.test(line));
  if (titleIndex === -1) return failure({ row: null, field: null, reason: "The pasted text is empty." });
  const markup = findHtmlMarkup(text);
  if (markup) return failure(htmlError(markup));
  const title = lines[titleIndex].replace(/[\u200b\ufeff]/g, "").trim();
  if (title.length > MAX_TITLE_LENGTH) return failure(longTitleError(title.length));
  const { meta, bodyStart } = readMetaLines(lines, titleIndex + 1);
  const body = lines.slice(bodyStart).join("\n");
  if (BLANK_LINE.test(body)) {
    return failure({
      row: 1,
      field: "body",
      reason: "Only a title was found. Paste the article's text under its title.",
    });
  }
  const parsed = validateCandidate(1, { ...meta, title, body, url: options.url, outlet: options.outlet });
  return Array.isArray(parsed) ? { rows: [], errors: parsed } : { rows: [parsed], errors: [] };
}

function readMetaLines(lines: string[], start: number): { meta: ArticleMeta; bodyStart: number } {
  const meta: ArticleMeta = { byline: null, publishedAt: null };
  let next = start;
  for (let found = 0; found < MAX_META_LINES; found += 1) {
    while (next < lines.length && BLANK_LINE.test(lines[next])) next += 1;
    const line = next < lines.length ? readMetaLine(lines[next]) : null;
    if (!line || (line.byline && meta.byline) || (line.publishedAt && meta.publishedAt)) break;
    meta.byline ??= line.byline;
    meta.publishedAt ??= line.publishedAt;
    next += 1;
  }
  return { meta, bodyStart: next };
}

function htmlError(markup: string): RowError {
  return {
    row: null,
    field: null,
    reason:
      `This looks like HTML (it contains ${markup.slice(0, 40)}). Import it as a web page or HTML file instead, ` +
      "or copy the article from the page as displayed in the browser and paste that.",
  };
}

function longTitleError(length: number): RowError {
  return {
    row: 1,
    field: "title",
    reason: `The first line has ${length} characters, too long for a headline. Put the title on the first line, then the text.`,
  };
}

function failure(error: RowError): ParseResult {
  return { rows: [], errors: [error] };
}

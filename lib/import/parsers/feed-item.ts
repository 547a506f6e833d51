import type { parseFeed as readFeedXml } from "@rowanmanning/feed-parser";
import { countWords } from "../../articles/body-text.ts";
import { isPlausiblePublishedDate, parsePublishedDate } from "../text/dates.ts";
import { findHtmlMarkup } from "../text/html-markup.ts";
import { htmlToText } from "../text/html-to-text.ts";

export type Feed = ReturnType<typeof readFeedXml>;
export type FeedItem = Feed["items"][number];

/** Below this many words a body without full content is taken for a teaser. */
const SUMMARY_MAX_WORDS = 120;
/** Endings feeds put on cut-off text: an ellipsis, or a "read more" link's text. */
const TRUNCATION_MARK = /(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$|(?:read more|continue reading)\W*$/i;
/** RSS, RDF (Dublin Core) and Atom date elements, in order of preference. */
const DATE_ELEMENTS = ["pubdate", "published", "issued", "date", "updated", "modified"];

export interface ItemBody {
  text: string;
  summaryOnly: boolean;
}

/**
 * The item's text as plain paragraphs: the full content when the feed has it, else the description (HTML
 * by the RSS and Atom specs, so always converted). Throws HtmlTooDeepError for pathological markup.
 */
export function itemBody(item: FeedItem): ItemBody {
  const content = item.content?.trim() ?? "";
  const text = htmlToText(content || item.description?.trim() || "");
  const teaser = !content && countWords(text) < SUMMARY_MAX_WORDS;
  return { text, summaryOnly: teaser || TRUNCATION_MARK.test(text) };
}

/** Titles are plain text in RSS and Atom, but some feeds put markup in them anyway. */
export function itemTitle(item: FeedItem): string {
  const title = item.title?.trim() ?? "";
  return findHtmlMarkup(title) ? htmlToText(title) : title;
}

export function itemByline(item: FeedItem): string | null {
  const names = item.authors
    .map((author) => author.name ?? author.email)
    .filter((name): name is string => Boolean(name));
  return names.join(", ") || null;
}

/**
 * Reads the date element's own text, which understands more zones ("CET") than the parser's Date(); an
 * implausible date (before 1900, in the future) is dropped rather than failing an otherwise good item.
 */
export function itemPublishedAt(item: FeedItem, reference?: Date): Date | null {
  for (const name of DATE_ELEMENTS) {
    const text = item.element.findElementWithName(name)?.textContent;
    const date = text ? parsePublishedDate(text, { reference }) : null;
    if (date) return date;
  }
  const fallback = item.published ?? item.updated;
  return fallback && isPlausiblePublishedDate(fallback, reference) ? fallback : null;
}

/** Relative links are relative to the feed's own address. */
export function resolveLink(link: string | null, feedUrl: string | null | undefined): string | null {
  if (!link) return null;
  try {
    return new URL(link, feedUrl ?? undefined).href;
  } catch {
    return link;
  }
}

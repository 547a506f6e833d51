import { parseFeed as readFeedXml } from "@rowanmanning/feed-parser";
import { validateCandidate, type ParsedRow, type ParseResult, type RowError } from "../normalized-article.ts";
import { HtmlTooDeepError } from "../text/html-to-text.ts";
import {
  itemBody,
  itemByline,
  itemPublishedAt,
  itemTitle,
  resolveLink,
  type Feed,
  type FeedItem,
} from "./feed-item.ts";

export interface FeedParseOptions {
  /** The address the feed was read from; relative links resolve against it. */
  feedUrl?: string | null;
  /** "Now" for rejecting future dates; tests pin it. */
  reference?: Date;
}

export type FeedParseResult = ParseResult & {
  /** The feed's title (used as every item's outlet) and the site it is for. */
  feed: { title: string | null; url: string | null };
  /** One flag per entry of `rows`: true when its body is only a summary, so the full page is worth fetching. */
  summaryOnly: boolean[];
};

/** Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed; each item is a row, numbered from 1 in feed order. */
export function parseFeed(xml: string, options: FeedParseOptions = {}): FeedParseResult {
  const feed = readFeed(xml);
  if ("error" in feed) return unreadable(feed.error);
  const result: FeedParseResult = {
    rows: [],
    errors: [],
    feed: { title: feed.title, url: resolveLink(feed.url, options.feedUrl) },
    summaryOnly: [],
  };
  const items = feed.items;
  if (!items.length) result.errors.push({ row: null, field: null, reason: "The feed has no items." });
  items.forEach((item, index) => readItem(result, item, index + 1, options));
  return result;
}

function readFeed(xml: string): Feed | { error: string } {
  try {
    return readFeedXml(xml);
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

function readItem(result: FeedParseResult, item: FeedItem, row: number, options: FeedParseOptions): void {
  try {
    const outcome = itemToArticle(item, row, result.feed.title, options);
    if ("errors" in outcome) {
      result.errors.push(...outcome.errors);
      return;
    }
    result.rows.push(outcome.parsed);
    result.summaryOnly.push(outcome.summaryOnly);
  } catch (error) {
    if (!(error instanceof HtmlTooDeepError)) throw error;
    result.errors.push({
      row,
      field: "body",
      reason: `${error.message} Import the article from its web page instead.`,
    });
  }
}

type ItemOutcome = { errors: RowError[] } | { parsed: ParsedRow; summaryOnly: boolean };

function itemToArticle(item: FeedItem, row: number, outlet: string | null, options: FeedParseOptions): ItemOutcome {
  const url = resolveLink(item.url, options.feedUrl);
  const title = itemTitle(item);
  if (!url && !title) {
    return {
      errors: [
        { row, field: null, reason: "This item has neither a title nor a link, so there is nothing to import." },
      ],
    };
  }
  const body = itemBody(item);
  const publishedAt = itemPublishedAt(item, options.reference);
  const parsed = validateCandidate(row, { outlet, url, title, byline: itemByline(item), publishedAt, body: body.text });
  if (Array.isArray(parsed))
    return { errors: parsed.map((error) => (error.field === "body" ? noTextError(row, url) : error)) };
  return { parsed, summaryOnly: body.summaryOnly };
}

function noTextError(row: number, url: string | null): RowError {
  const next = url ? "Import its page by its link instead." : "It has no link to import the page from either.";
  return { row, field: "body", reason: `The feed gives no text for this item. ${next}` };
}

function unreadable(detail: string): FeedParseResult {
  const reason = `The feed could not be read (${detail}). Check that the address or file is an RSS or Atom feed.`;
  return {
    rows: [],
    errors: [{ row: null, field: null, reason }],
    feed: { title: null, url: null },
    summaryOnly: [],
  };
}

import { extractBodyText, fallbackBodyText, widerStoryBodyText } from "./article-body.ts";
import { detectLanguage } from "../text/language.ts";
import { readPageMetadata, type PageMetadata } from "./metadata/page-metadata.ts";
import { withHtmlDocument } from "./parse-html-document.ts";
import { revealStreamedContent } from "./reveal-streamed-content.ts";
import { chooseTitle } from "./title.ts";
import { tagNestingDepth } from "../text/html-nesting.ts";
import { HtmlTooDeepError, MAX_HTML_NESTING } from "../text/html-to-text.ts";

/** The fields of a NormalizedArticle an HTML page can give. */
export interface ExtractedArticle {
  title: string;
  byline: string | null;
  publishedAt: Date | null;
  /** The page's canonical address (`<link rel=canonical>`, then og:url, then the address it was fetched from). */
  url: string | null;
  siteName: string | null;
  /** Primary language subtag: declared by the page, else detected from the body when the detector is sure. */
  language: string | null;
  /** Plain text, paragraphs separated by a blank line. */
  body: string;
}

export interface ExtractArticleOptions {
  /** Where the page was fetched from: the base for relative links and the fallback canonical URL. */
  url?: string | null;
}

function articleFrom(metadata: PageMetadata, body: string): ExtractedArticle | { error: string } {
  if (!body) return { error: "No article text was found on this page. Paste the article text instead." };
  const title = chooseTitle(metadata.titles, metadata.siteName);
  if (!title) return { error: "This page has no title. Add the title by hand." };
  return {
    title,
    byline: metadata.byline,
    publishedAt: metadata.publishedAt,
    url: metadata.canonicalUrl,
    siteName: metadata.siteName,
    language: metadata.declaredLanguage ?? detectLanguage(body),
    body,
  };
}

/** Reads the page again: Readability has rewritten the first document. */
function fromFreshDocument(html: string, pageUrl: string | null, read: (document: Document) => string): string {
  return withHtmlDocument(html, pageUrl, (document) => {
    revealStreamedContent(document);
    return read(document);
  });
}

function extract(html: string, pageUrl: string | null): ExtractedArticle | { error: string } {
  const { metadata, body } = withHtmlDocument(html, pageUrl, (document) => {
    revealStreamedContent(document);
    // Readability rewrites the document, so the metadata is read first.
    const metadata = readPageMetadata(document, pageUrl);
    return { metadata, body: extractBodyText(document, metadata) };
  });
  const { text, widerStory } = body;
  // A second parse is rare (Readability found nothing, or perhaps only a fragment), so it costs little overall.
  if (!text) {
    const fallback = fromFreshDocument(html, pageUrl, (fresh) => fallbackBodyText(fresh, metadata));
    return articleFrom(metadata, fallback);
  }
  if (widerStory === null) return articleFrom(metadata, text);
  const wider = fromFreshDocument(html, pageUrl, (fresh) => widerStoryBodyText(fresh, metadata, widerStory, text));
  return articleFrom(metadata, wider);
}

/**
 * Extracts one news article from a page's HTML: Readability's main content cleaned of template
 * furniture (checked against the publisher's JSON-LD copy when there is one) as plain text, plus the
 * metadata the page declares. Never returns markup: the body is text rendered from the DOM.
 *
 * jsdom frees a closed window only once the event loop turns, so a batch should await between pages.
 */
export function extractArticle(
  html: string,
  options: ExtractArticleOptions = {},
): ExtractedArticle | { error: string } {
  if (!html.trim()) return { error: "The page is empty." };
  const depth = tagNestingDepth(html);
  if (depth > MAX_HTML_NESTING)
    return { error: `${new HtmlTooDeepError(depth).message} Paste the article text instead.` };
  try {
    return extract(html, options.url ?? null);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { error: `This page could not be read as HTML (${reason}). Paste the article text instead.` };
  }
}

import { normalizeBodyText } from "../../articles/body-text.ts";
import { filterBlocks } from "./boilerplate/filter-blocks.ts";
import { pruneContent } from "./boilerplate/prune-content.ts";
import { chooseBody } from "./choose-body.ts";
import { jsonLdBodyParagraphs } from "./json-ld-body.ts";
import type { PageMetadata } from "./metadata/page-metadata.ts";
import { readabilityContent } from "./readability-content.ts";
import { renderBlocks } from "./render-blocks.ts";

/** Containers pages mark as their story, longest first, then the whole body. */
const STORY_CONTAINER_SELECTOR = "[itemprop=articleBody], article, main, [role=main]";

/** A content element with template furniture removed, as paragraphs of plain text. */
function cleanParagraphs(content: Element | null, titles: readonly string[]): string[] {
  if (!content) return [];
  pruneContent(content);
  return filterBlocks(renderBlocks(content), titles).map((block) => block.text);
}

function asBodyText(paragraphs: readonly string[]): string {
  return normalizeBodyText(paragraphs.join("\n\n"));
}

/**
 * The article body as stored plain text (paragraphs separated by a blank line), or "" when Readability
 * finds none. Rewrites the document (Readability does): read the page's metadata first.
 */
export function extractBodyText(document: Document, metadata: PageMetadata): string {
  const fromPage = cleanParagraphs(readabilityContent(document), metadata.titles);
  const fromJsonLd = metadata.jsonLdBody ? jsonLdBodyParagraphs(document, metadata.jsonLdBody) : [];
  return asBodyText(chooseBody(fromPage, fromJsonLd));
}

/**
 * The fallback when Readability finds nothing (a page with too little text to score): the longest
 * container the page marks as its story, or else its whole body, with the same cleanup. Needs a fresh,
 * unrewritten document.
 */
export function fallbackBodyText(document: Document, metadata: PageMetadata): string {
  const containers = Array.from(document.querySelectorAll(STORY_CONTAINER_SELECTOR));
  const longest = containers.reduce<Element | null>(
    (best, element) => ((element.textContent?.length ?? 0) > (best?.textContent?.length ?? 0) ? element : best),
    null,
  );
  return asBodyText(cleanParagraphs(longest ?? document.body, metadata.titles));
}

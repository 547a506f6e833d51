import { normalizeBodyText } from "../../articles/body-text.ts";
import { filterBlocks } from "./boilerplate/filter-blocks.ts";
import { pruneContent } from "./boilerplate/prune-content.ts";
import { chooseBody } from "./choose-body.ts";
import { jsonLdBodyParagraphs } from "./json-ld-body.ts";
import type { PageMetadata } from "./metadata/page-metadata.ts";
import { readabilityContent } from "./readability-content.ts";
import { renderBlocks } from "./render-blocks.ts";

/** Readability's main content with template furniture removed, as paragraphs of plain text. */
function pageParagraphs(document: Document, titles: readonly string[]): string[] {
  const content = readabilityContent(document);
  if (!content) return [];
  pruneContent(content);
  return filterBlocks(renderBlocks(content), titles).map((block) => block.text);
}

/**
 * The article body as stored plain text (paragraphs separated by a blank line), or "" when the page has
 * none. Rewrites the document (Readability does): read the page's metadata first.
 */
export function extractBodyText(document: Document, metadata: PageMetadata): string {
  const fromPage = pageParagraphs(document, metadata.titles);
  const fromJsonLd = metadata.jsonLdBody ? jsonLdBodyParagraphs(document, metadata.jsonLdBody) : [];
  return normalizeBodyText(chooseBody(fromPage, fromJsonLd).join("\n\n"));
}

import { normalizeBodyText } from "../../articles/body-text.ts";
import { filterBlocks } from "./boilerplate/filter-blocks.ts";
import { pruneContent } from "./boilerplate/prune-content.ts";
import { chooseBody } from "./choose-body.ts";
import { jsonLdBodyParagraphs } from "./json-ld-body.ts";
import type { PageMetadata } from "./metadata/page-metadata.ts";
import { readabilityContent } from "./readability-content.ts";
import { renderBlocks } from "./render-blocks.ts";
import { holdsMoreStory, longestStoryContainer, storyContainers, widerStoryContainer } from "./story-container.ts";

/** A content element with template furniture removed, as paragraphs of plain text. */
function cleanParagraphs(content: Element | null, titles: readonly string[], keepDominantFurniture = true): string[] {
  if (!content) return [];
  pruneContent(content, { keepDominantFurniture });
  return filterBlocks(renderBlocks(content), titles).map((block) => block.text);
}

function asBodyText(paragraphs: readonly string[]): string {
  return normalizeBodyText(paragraphs.join("\n\n"));
}

export interface PageBody {
  /** Plain text, paragraphs separated by a blank line; "" when Readability finds nothing. */
  text: string;
  /** A story container (index in `storyContainers` order) holding far more than Readability's pick, or null. */
  widerStory: number | null;
}

/**
 * The article body as stored plain text, and whether the page's own story container may hold more of it.
 * Rewrites the document (Readability does): read the page's metadata first.
 */
export function extractBodyText(document: Document, metadata: PageMetadata): PageBody {
  // Read before Readability, which moves and removes elements.
  const containerTexts = storyContainers(document).map((element) => element.textContent ?? "");
  const fromPage = cleanParagraphs(readabilityContent(document), metadata.titles);
  const fromJsonLd = metadata.jsonLdBody ? jsonLdBodyParagraphs(document, metadata.jsonLdBody) : [];
  const chosen = chooseBody(fromPage, fromJsonLd);
  const widerStory = chosen === fromPage ? widerStoryContainer(containerTexts, fromPage.join("\n")) : null;
  return { text: asBodyText(chosen), widerStory };
}

/**
 * The page's longest story container (else its body) in a fresh, unrewritten document, with the same cleanup:
 * the fallback when Readability finds nothing.
 */
export function fallbackBodyText(document: Document, metadata: PageMetadata): string {
  return asBodyText(cleanParagraphs(longestStoryContainer(document) ?? document.body, metadata.titles));
}

/**
 * The body read from story container `index` (in `storyContainers` order) of a fresh, unrewritten document
 * when it holds clearly more of the story than Readability's pick (`pickedText`); else the pick.
 */
export function widerStoryBodyText(
  document: Document,
  metadata: PageMetadata,
  index: number,
  pickedText: string,
): string {
  const container = storyContainers(document)[index];
  if (!container) return pickedText;
  // Judged without any furniture, however much of it there is: a long comment thread is not more story.
  const storyOnly = cleanParagraphs(container.cloneNode(true) as Element, metadata.titles, false);
  const picked = pickedText.split("\n\n");
  return holdsMoreStory(storyOnly, picked) ? asBodyText(cleanParagraphs(container, metadata.titles)) : pickedText;
}

import type { TextBlock } from "../render-blocks.ts";
import {
  isCreditLine,
  isDateline,
  isFurnitureLine,
  isHeading,
  isProse,
  isShortLine,
  isSignOff,
  linkDensity,
  wordCount,
} from "./block-signals.ts";

/** Above this share of link text a block is a link to elsewhere rather than text of the story. */
const MAX_LINK_DENSITY = 0.5;
/** Longer blocks are a headline plus its summary: list items of a round-up story, kept unless almost all link. */
const LINK_TEASER_MAX_WORDS = 30;
const MAX_LONG_LINK_DENSITY = 0.8;
/** "Related: …", "READ MORE: …", "Lesen Sie auch: …": a pointer to another story, even amid the article. */
const POINTER_LEAD_IN =
  /^(?:related|read more|read also|also read|see also|more|recommended|watch|listen|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|à lire aussi|lire aussi|voir aussi|lee también|lea también|lea además|le puede interesar|te puede interesar|puedes ver|mira también|leia também|leia mais|vedi anche|leggi anche|czytaj też|czytaj także)\b[^\p{L}\p{N}]*/iu;

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The headline repeated above the story is metadata, not body. */
function repeatsTitle(block: TextBlock, titles: readonly string[]): boolean {
  const text = comparable(block.text);
  return text.length > 0 && titles.some((title) => comparable(title) === text);
}

function isLinkDense(block: TextBlock | undefined): boolean {
  if (block === undefined) return false;
  return (
    linkDensity(block) > (wordCount(block.text) <= LINK_TEASER_MAX_WORDS ? MAX_LINK_DENSITY : MAX_LONG_LINK_DENSITY)
  );
}

/** Related-story boxes list a handful of links; a longer run of linked items is the article's own list. */
const MAX_LINK_BOX_ITEMS = 8;

/** The number of consecutive link-dense blocks around `index`. */
function linkRunLength(blocks: readonly TextBlock[], index: number): number {
  let start = index;
  while (isLinkDense(blocks[start - 1])) start -= 1;
  let end = index;
  while (isLinkDense(blocks[end + 1])) end += 1;
  return end - start + 1;
}

/**
 * Links to other stories: a link-dense block introduced as a pointer, or one of a short run of link-dense
 * blocks (a related-stories box). A lone linked line amid the story (a linked subheading) stays, and so
 * does a long list of links, which is the content of round-up and resource articles.
 */
function isLinkList(blocks: readonly TextBlock[], index: number): boolean {
  const block = blocks[index];
  if (!isLinkDense(block)) return false;
  if (POINTER_LEAD_IN.test(block?.text ?? "")) return true;
  const run = linkRunLength(blocks, index);
  return run > 1 && run < MAX_LINK_BOX_ITEMS;
}

/**
 * Outside the story's prose (above its first and below its last paragraph) templates put datelines, link
 * lines and the headings of what follows ("Comments", "More stories"); short ones are dropped there.
 */
function isEdgeFurniture(blocks: readonly TextBlock[], index: number, belowStory: boolean): boolean {
  const block = blocks[index] as TextBlock;
  if (!isShortLine(block)) return false;
  return isLoneDateline(blocks, index) || isLinkDense(block) || (belowStory && isHeading(block));
}

/** Lines of dates in a row are a schedule, and a table row is data: only a dateline on its own is metadata. */
function isLoneDateline(blocks: readonly TextBlock[], index: number): boolean {
  const block = blocks[index] as TextBlock;
  if (block.element.closest("table") || !isDateline(block)) return false;
  const neighbours = [blocks[index - 1], blocks[index + 1]].filter(
    (neighbour): neighbour is TextBlock => neighbour !== undefined,
  );
  return !neighbours.some((neighbour) => isShortLine(neighbour) && isDateline(neighbour));
}

function withoutFurniture(blocks: readonly TextBlock[], titles: readonly string[]): TextBlock[] {
  return blocks.filter(
    (block, index) =>
      !isFurnitureLine(block) && !isCreditLine(block) && !repeatsTitle(block, titles) && !isLinkList(blocks, index),
  );
}

/** Drops the sign-off lines (newsletter prompts, credits, contact lines) that end a story. */
function withoutSignOff(blocks: TextBlock[]): TextBlock[] {
  let end = blocks.length;
  while (end > 1 && isSignOff(blocks[end - 1] as TextBlock)) end -= 1;
  return blocks.slice(0, end);
}

export function filterBlocks(blocks: readonly TextBlock[], titles: readonly string[]): TextBlock[] {
  const kept = withoutFurniture(blocks, titles);
  const firstProse = kept.findIndex(isProse);
  const lastProse = kept.findLastIndex(isProse);
  if (firstProse === -1) return kept;
  return withoutSignOff(
    kept.filter(
      (_, index) => (index >= firstProse && index <= lastProse) || !isEdgeFurniture(kept, index, index > lastProse),
    ),
  );
}

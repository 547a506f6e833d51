import type { TextBlock } from "../render-blocks.ts";
import { isDateline, isFurnitureLine, isHeading, isProse, isShortLine, linkDensity } from "./block-signals.ts";

/** Text that is mostly links is a list of other stories or navigation, wherever it sits. */
const MAX_LINK_DENSITY = 0.5;

function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** The headline repeated above the story is metadata, not body. */
function repeatsTitle(block: TextBlock, titles: readonly string[]): boolean {
  const text = comparable(block.text);
  return text.length > 0 && titles.some((title) => comparable(title) === text);
}

function isBoilerplateAnywhere(block: TextBlock, titles: readonly string[]): boolean {
  return linkDensity(block) > MAX_LINK_DENSITY || isFurnitureLine(block) || repeatsTitle(block, titles);
}

/**
 * Above the first and below the last paragraph of prose, templates put labels, bylines, datelines and
 * section headings of what follows ("Comments"); there a short line that reads like metadata is dropped.
 */
function isEdgeFurniture(block: TextBlock): boolean {
  return isShortLine(block) && (isDateline(block) || isHeading(block));
}

export function filterBlocks(blocks: readonly TextBlock[], titles: readonly string[]): TextBlock[] {
  const kept = blocks.filter((block) => !isBoilerplateAnywhere(block, titles));
  const firstProse = kept.findIndex(isProse);
  const lastProse = kept.findLastIndex(isProse);
  if (firstProse === -1) return kept;
  return kept.filter((block, index) => (index >= firstProse && index <= lastProse) || !isEdgeFurniture(block));
}

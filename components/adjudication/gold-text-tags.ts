import type { WorkspaceTag } from "../tagging/types";
import type { AdjudicationUnit, GoldTag } from "./types";

/** The gold tags as the tagging workspace's text draws them (read only: none is the viewer's to change). */
export function goldTextTags(units: AdjudicationUnit[], addedGold: GoldTag[]): WorkspaceTag[] {
  const gold = new Map([...units.flatMap((unit) => unit.gold), ...addedGold].map((tag) => [tag.id, tag]));
  return [...gold.values()].map((tag) => ({
    id: tag.id,
    categoryId: tag.categoryId,
    kind: tag.kind,
    label: tag.label,
    startOffset: tag.startOffset,
    endOffset: tag.endOffset,
    quotedText: tag.quotedText,
    attributes: tag.attributes,
    actorId: tag.actorId,
    claimId: tag.claimId,
    revision: 0,
    mine: false,
  }));
}

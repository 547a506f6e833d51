import { AdjudicationError } from "./adjudication-error.ts";
import type { ReviewerTag } from "./adjudication-tags.ts";

/** A tag already taken into gold is decided again only after that decision is undone; a rejected one may be accepted. */
export function refuseIfInGold(tag: ReviewerTag): void {
  if (tag.decision && tag.decision.verdict !== "REJECTED")
    throw new AdjudicationError("This tag is in gold already. Undo that decision first to decide it again.");
}

import type { AdjudicationVerdict, CategoryKind } from "../db/generated/enums.ts";
import type { ComparableTag } from "./compare/comparable-tag.ts";

/** What the adjudicator decided about a reviewer's tag, and the gold tag it became (none when rejected). */
export interface TagDecision {
  verdict: AdjudicationVerdict;
  goldAnnotationId: string | null;
}

/** A submitted reviewer's tag as adjudication shows and decides it. */
export interface ReviewerTag extends ComparableTag {
  categoryId: string;
  kind: CategoryKind;
  label: string;
  decision: TagDecision | null;
}

/** A tag of the gold version of the article. */
export interface GoldTag extends Omit<ComparableTag, "reviewerId"> {
  categoryId: string;
  kind: CategoryKind;
  label: string;
}

import type { ReviewerTag } from "../adjudication-tags.ts";

export const BODY = "The council approved the harbour plan on Monday. Critics called it a reckless gamble.";

let serial = 0;

/** A reviewer's tag on the first occurrence of `quoted` in BODY, a frame unless told otherwise. */
export function tagOn(reviewerId: string, quoted: string, extra: Partial<ReviewerTag> = {}): ReviewerTag {
  const start = BODY.indexOf(quoted);
  if (start < 0) throw new Error(`"${quoted}" is not in the test body`);
  serial += 1;
  return {
    id: `tag-${String(serial).padStart(3, "0")}`,
    reviewerId,
    code: "frame.economic",
    categoryId: "category-economic",
    kind: "FRAME",
    label: "Economic",
    startOffset: start,
    endOffset: start + quoted.length,
    quotedText: quoted,
    attributes: {},
    actorId: null,
    claimId: null,
    decision: null,
    ...extra,
  };
}

/** What comparing reviewers' tags looks at: whose it is, its category, its span and what it says. */
export interface ComparableTag {
  id: string;
  reviewerId: string;
  code: string;
  startOffset: number;
  endOffset: number;
  quotedText: string;
  attributes: Record<string, unknown>;
  actorId: string | null;
  claimId: string | null;
}

/** Reading order: earlier first, the longer of two tags starting together first, then stable by category and id. */
export function byPosition(a: ComparableTag, b: ComparableTag): number {
  return (
    a.startOffset - b.startOffset ||
    b.endOffset - a.endOffset ||
    a.code.localeCompare(b.code) ||
    a.id.localeCompare(b.id)
  );
}

/** What the audit log keeps of a claim before and after a change. */
export const CLAIM_SNAPSHOT = { id: true, label: true, detail: true, position: true } as const;

export function duplicateClaimMessage(label: string): string {
  return `“${label}” is already a claim of this event (labels are compared ignoring case).`;
}

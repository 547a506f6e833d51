import type { AdjudicationVerdict } from "@/lib/db/generated/enums";

export const VERDICT_LABELS: Record<AdjudicationVerdict, string> = {
  ACCEPTED: "Accepted",
  EDITED: "Accepted with edits",
  REJECTED: "Rejected",
};

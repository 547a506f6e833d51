import { diffAttributes } from "@/lib/codebook/diff-attributes";
import type { Draft, DraftCategory } from "./draft";
import { publishInputOf } from "./draft";

export type CategoryStatus = "new" | "restored" | "edited" | null;

/** How a category differs from the version being edited, for the badge beside its name. */
export function categoryStatus(category: DraftCategory, draft: Draft): CategoryStatus {
  const before = draft.base.find((candidate) => candidate.code === category.code);
  if (!before) return draft.retiredCodes.includes(category.code) && category.fixedCode ? "restored" : "new";
  const [after] = publishInputOf({ ...draft, kinds: [category.kind], categories: [category] }).categories;
  const same =
    after!.label === before.label &&
    after!.description === before.description &&
    diffAttributes(before.attributes, after!.attributes) === null;
  return same ? null : "edited";
}

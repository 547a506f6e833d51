import { fieldLabel } from "./attribute-rows";
import type { AdjudicationUnit, CategoryInUse, Reviewer } from "./types";

/** How the reviewers' versions of a unit compare, in a line: what differs, or who did not tag it. */
export function describeUnit(unit: AdjudicationUnit, reviewers: Reviewer[], category: CategoryInUse | undefined) {
  const absent = reviewers.filter((_, index) => !unit.versions[index]).map((reviewer) => reviewer.name);
  const present = reviewers.filter((_, index) => unit.versions[index]).map((reviewer) => reviewer.name);
  const parts: string[] = [];
  if (unit.status === "missing")
    parts.push(present.length === 1 ? `Only ${present[0]} tagged this` : `${absent.join(", ")} did not tag this`);
  if (unit.differences.span) parts.push("spans differ");
  const fields = unit.differences.fields.map((field) => fieldLabel(field, category).toLowerCase());
  if (fields.length > 0) parts.push(`${fields.join(", ")} differ${fields.length === 1 ? "s" : ""}`);
  if (parts.length === 0) return reviewers.length > 1 ? "All reviewers agree" : "One reviewer's tag";
  const sentence = parts.join("; ");
  return sentence[0].toUpperCase() + sentence.slice(1);
}

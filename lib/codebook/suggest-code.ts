import type { CategoryKind } from "../db/generated/enums.ts";
import { CODE_PREFIX } from "./kinds.ts";

// Room for a "_2" suffix within the 40 characters an attribute code may have.
const SLUG_MAX_LENGTH = 36;

/** "Fairness & equality" → "fairness_equality": lower-case ASCII words joined by underscores, starting with a letter. */
export function slugOf(label: string): string {
  const words = label
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const slug = words.join("_").replace(/^[0-9_]+/, "");
  return slug.slice(0, SLUG_MAX_LENGTH).replace(/_+$/, "");
}

/** A code for a new item that no other item uses: the label's slug, numbered when taken; "item" for a blank label. */
export function suggestCode(label: string, taken: ReadonlySet<string>, prefix = ""): string {
  const base = `${prefix}${slugOf(label) || "item"}`;
  if (!taken.has(base)) return base;
  for (let number = 2; ; number++) if (!taken.has(`${base}_${number}`)) return `${base}_${number}`;
}

/** The code a new category of this kind is offered: "frame." and its label's slug. */
export function suggestCategoryCode(kind: CategoryKind, label: string, taken: ReadonlySet<string>): string {
  return suggestCode(label, taken, `${CODE_PREFIX[kind]}.`);
}

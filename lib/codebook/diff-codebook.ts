import type { CategoryKind } from "../db/generated/enums.ts";
import { diffAttributes, type AttributeChanges } from "./diff-attributes.ts";
import { CATEGORY_KINDS } from "./kinds.ts";
import { movedItems } from "./moved-items.ts";
import type { CategoryDefinition } from "./publish-input.ts";

export interface CategoryRef {
  code: string;
  kind: CategoryKind;
  /** The label in the newer list (the older one for a retired category). */
  label: string;
}

/** What publishing `after` on top of `before` changes, category by category, matched by code. */
export interface CodebookDiff {
  added: CategoryRef[];
  restored: CategoryRef[];
  retired: CategoryRef[];
  renamed: (CategoryRef & { from: string })[];
  redefined: (CategoryRef & { from: string; to: string })[];
  /** Positions are 1-based within the kind. */
  reordered: (CategoryRef & { from: number; to: number })[];
  attributesChanged: (CategoryRef & AttributeChanges)[];
}

const refOf = ({ code, kind, label }: CategoryDefinition): CategoryRef => ({ code, kind, label });

/**
 * Compares two category lists in display order. `retiredCodes` are codes earlier versions had: one of them
 * coming back is a restore, not an addition. Reordering counts only moves within a kind that are not explained
 * by additions or removals.
 */
export function diffCodebook(
  before: CategoryDefinition[],
  after: CategoryDefinition[],
  retiredCodes: ReadonlySet<string> = new Set(),
): CodebookDiff {
  const previous = new Map(before.map((category) => [category.code, category]));
  const next = new Set(after.map((category) => category.code));
  const kept = after.filter((category) => previous.has(category.code));
  const fresh = after.filter((category) => !previous.has(category.code));
  return {
    added: fresh.filter((category) => !retiredCodes.has(category.code)).map(refOf),
    restored: fresh.filter((category) => retiredCodes.has(category.code)).map(refOf),
    retired: before.filter((category) => !next.has(category.code)).map(refOf),
    renamed: kept
      .filter((category) => previous.get(category.code)!.label !== category.label)
      .map((category) => ({ ...refOf(category), from: previous.get(category.code)!.label })),
    redefined: kept
      .filter((category) => previous.get(category.code)!.description !== category.description)
      .map((category) => ({
        ...refOf(category),
        from: previous.get(category.code)!.description,
        to: category.description,
      })),
    reordered: reorderedWithinKinds(before, after),
    attributesChanged: kept.flatMap((category) => {
      const changes = diffAttributes(previous.get(category.code)!.attributes, category.attributes);
      return changes ? [{ ...refOf(category), ...changes }] : [];
    }),
  };
}

function reorderedWithinKinds(before: CategoryDefinition[], after: CategoryDefinition[]) {
  return CATEGORY_KINDS.flatMap((kind) => {
    const codesOf = (list: CategoryDefinition[]) => list.filter((c) => c.kind === kind).map((c) => c.code);
    const [from, to] = [codesOf(before), codesOf(after)];
    return movedItems(from, to).map((code) => ({
      ...refOf(after.find((category) => category.code === code)!),
      from: from.indexOf(code) + 1,
      to: to.indexOf(code) + 1,
    }));
  });
}

/** Whether publishing would change nothing a reviewer sees. */
export function isEmptyDiff(diff: CodebookDiff): boolean {
  return Object.values(diff).every((changes) => changes.length === 0);
}

/** How many changes the diff lists, for a heading such as "4 changes". */
export function countChanges(diff: CodebookDiff): number {
  return Object.values(diff).reduce((total, changes) => total + changes.length, 0);
}

import type { CategoryAttribute } from "./category-attributes.ts";
import { movedItems } from "./moved-items.ts";

/** How a category's own attributes changed, by label (the new label where it changed). */
export interface AttributeChanges {
  added: string[];
  removed: string[];
  changed: string[];
  reordered: boolean;
}

// Field by field: attributes read back from a JSON column need not list their keys in the same order.
function sameAttribute(before: CategoryAttribute, after: CategoryAttribute): boolean {
  const options = (attribute: CategoryAttribute) =>
    JSON.stringify(attribute.options.map((option) => [option.code, option.label, option.description]));
  return (
    before.label === after.label &&
    before.description === after.description &&
    before.type === after.type &&
    options(before) === options(after)
  );
}

/** Attributes are matched by code, like categories; null when nothing changed. */
export function diffAttributes(before: CategoryAttribute[], after: CategoryAttribute[]): AttributeChanges | null {
  const previous = new Map(before.map((attribute) => [attribute.code, attribute]));
  const next = new Set(after.map((attribute) => attribute.code));
  const changes: AttributeChanges = {
    added: after.filter((attribute) => !previous.has(attribute.code)).map((attribute) => attribute.label),
    removed: before.filter((attribute) => !next.has(attribute.code)).map((attribute) => attribute.label),
    changed: after
      .filter((attribute) => previous.has(attribute.code) && !sameAttribute(previous.get(attribute.code)!, attribute))
      .map((attribute) => attribute.label),
    reordered: movedItems([...previous.keys()], [...next]).length > 0,
  };
  const unchanged = !changes.reordered && changes.added.length + changes.removed.length + changes.changed.length === 0;
  return unchanged ? null : changes;
}

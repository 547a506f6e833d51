import { activeCategories, type Draft } from "./draft";

/** Problems keyed by the keys of the items they are about and the field: "frame.economic/era/label". */
export type DraftErrors = Record<string, string[]>;

export function errorKey(keys: string[], field: string): string {
  return [...keys, field].join("/");
}

interface Keyed {
  key: string;
}

/**
 * Turns the publish input's error paths ("categories.3.attributes.0.label", by index into what was sent) into
 * keys of the draft's items, so a message stays beside its field however the list is edited afterwards.
 */
export function keyedErrors(draft: Draft, byPath: Record<string, string[]>): DraftErrors {
  const errors: DraftErrors = {};
  for (const [path, messages] of Object.entries(byPath)) (errors[keyOf(draft, path)] ??= []).push(...messages);
  return errors;
}

function keyOf(draft: Draft, path: string): string {
  const parts = path.split(".");
  const keys: string[] = [];
  let items: Keyed[] = activeCategories(draft);
  let at = 0;
  while (/^\d+$/.test(parts[at + 1] ?? "") && ["categories", "attributes", "options"].includes(parts[at]!)) {
    const item = items[Number(parts[at + 1])] as (Keyed & { attributes?: Keyed[]; options?: Keyed[] }) | undefined;
    if (!item) return "form";
    keys.push(item.key);
    at += 2;
    items = (parts[at] === "attributes" ? item.attributes : item.options) ?? [];
  }
  return errorKey(keys, parts.slice(at).join(".") || "form");
}

/** Whether any problem concerns the item with these keys or anything inside it. */
export function hasErrorsWithin(errors: DraftErrors, keys: string[]): boolean {
  const prefix = `${keys.join("/")}/`;
  return Object.keys(errors).some((key) => key.startsWith(prefix));
}

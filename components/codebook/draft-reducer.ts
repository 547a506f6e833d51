import { suggestCategoryCode, suggestCode } from "@/lib/codebook/suggest-code";
import type { CodebookDraft } from "@/lib/codebook/queries/load-codebook-draft";
import type { CategoryKind } from "@/lib/db/generated/enums";
import { newKey, type Draft, type DraftAttribute, type DraftCategory, type DraftOption } from "./draft";
import { editByKey, moveByKey, removeByKey, type Direction } from "./draft-lists";
import { rebaseDraft } from "./rebase-draft";

type TextPatch = Partial<Pick<DraftOption, "label" | "code" | "description">>;

/** A change to a list of attributes or of options. */
export type ListChange<T> =
  | { type: "add" }
  | { type: "remove"; key: string }
  | { type: "move"; key: string; direction: Direction }
  | { type: "edit"; key: string; patch: Partial<T> };

export type DraftAction =
  | { type: "notes"; notes: string }
  | { type: "addCategory"; kind: CategoryKind; label: string; key: string }
  | { type: "editCategory"; key: string; patch: TextPatch }
  | { type: "moveCategory"; key: string; direction: Direction }
  | { type: "retire"; key: string }
  | { type: "restore"; key: string }
  | { type: "attributes"; categoryKey: string; change: ListChange<DraftAttribute> }
  | { type: "options"; categoryKey: string; attributeKey: string; change: ListChange<DraftOption> }
  | { type: "rebase"; newer: CodebookDraft };

const blank = { code: "", label: "", description: "", fixedCode: false, codeEdited: false };
const blankOption = (): DraftOption => ({ ...blank, key: newKey() });

/** Applies a text edit; an unpublished code follows the label until the admin types a code of their own. */
function withText<T extends DraftOption>(item: T, patch: TextPatch, suggest: (label: string) => string): T {
  const edited = { ...item, ...patch, codeEdited: item.codeEdited || patch.code !== undefined };
  const follows = patch.label !== undefined && !item.fixedCode && !edited.codeEdited;
  return follows ? { ...edited, code: suggest(patch.label!) } : edited;
}

function takenBesides<T extends DraftOption & { key: string }>(items: T[], key: string): Set<string> {
  return new Set(items.filter((item) => item.key !== key).map((item) => item.code));
}

function changeList<T extends DraftOption & { key: string }>(list: T[], change: ListChange<T>, create: () => T): T[] {
  if (change.type === "add") return [...list, create()];
  if (change.type === "remove") return removeByKey(list, change.key);
  if (change.type === "move") return moveByKey(list, change.key, change.direction);
  const taken = takenBesides(list, change.key);
  return editByKey(list, change.key, (item) =>
    withText({ ...item, ...change.patch }, change.patch, (label) => suggestCode(label, taken)),
  );
}

/** A choice needs two options to be valid, so switching an attribute to a choice offers two empty ones. */
function withChoiceOptions(attribute: DraftAttribute): DraftAttribute {
  if (attribute.type !== "choice" || attribute.options.length >= 2) return attribute;
  const missing = Array.from({ length: 2 - attribute.options.length }, blankOption);
  return { ...attribute, options: [...attribute.options, ...missing] };
}

function changeAttributes(category: DraftCategory, change: ListChange<DraftAttribute>): DraftCategory {
  const create = (): DraftAttribute => ({ ...blank, key: newKey(), type: "text", options: [] });
  const attributes = changeList(category.attributes, change, create);
  return { ...category, attributes: attributes.map(withChoiceOptions) };
}

function categoryCodes(draft: Draft, exceptKey = ""): Set<string> {
  const codes = [...draft.base.map((c) => c.code), ...draft.retiredCodes, ...takenBesides(draft.categories, exceptKey)];
  return new Set(codes);
}

function editCategory(draft: Draft, key: string, edit: (category: DraftCategory) => DraftCategory): Draft {
  return { ...draft, categories: editByKey(draft.categories, key, edit) };
}

export function draftReducer(draft: Draft, action: DraftAction): Draft {
  switch (action.type) {
    case "notes":
      return { ...draft, notes: action.notes };
    case "addCategory": {
      const code = suggestCategoryCode(action.kind, action.label, categoryCodes(draft));
      const category = { ...blank, key: action.key, kind: action.kind, label: action.label, code };
      return {
        ...draft,
        categories: [...draft.categories, { ...category, attributes: [], retired: false, lastVersion: null }],
      };
    }
    case "editCategory": {
      const taken = categoryCodes(draft, action.key);
      return editCategory(draft, action.key, (category) =>
        withText(category, action.patch, (label) => suggestCategoryCode(category.kind, label, taken)),
      );
    }
    case "moveCategory": {
      const moving = draft.categories.find((category) => category.key === action.key);
      const isPeer = (category: DraftCategory) => category.kind === moving?.kind && !category.retired;
      return { ...draft, categories: moveByKey(draft.categories, action.key, action.direction, isPeer) };
    }
    case "retire": {
      // A category added in this draft was never published: nothing to retire, it is simply dropped.
      const isNew = !draft.categories.find((category) => category.key === action.key)?.fixedCode;
      if (isNew) return { ...draft, categories: removeByKey(draft.categories, action.key) };
      return editCategory(draft, action.key, (category) => ({ ...category, retired: true }));
    }
    case "restore":
      return editCategory(draft, action.key, (category) => ({ ...category, retired: false }));
    case "attributes":
      return editCategory(draft, action.categoryKey, (category) => changeAttributes(category, action.change));
    case "options":
      return editCategory(draft, action.categoryKey, (category) => ({
        ...category,
        attributes: editByKey(category.attributes, action.attributeKey, (attribute) => ({
          ...attribute,
          options: changeList(attribute.options, action.change, blankOption),
        })),
      }));
    case "rebase":
      return rebaseDraft(draft, action.newer);
  }
}

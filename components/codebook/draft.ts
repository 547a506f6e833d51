import type { CategoryAttribute } from "@/lib/codebook/category-attributes";
import { CATEGORY_KINDS } from "@/lib/codebook/kinds";
import type { CategoryDefinition, PublishInput } from "@/lib/codebook/publish-input";
import type { CodebookDraft } from "@/lib/codebook/queries/load-codebook-draft";
import type { CategoryKind } from "@/lib/db/generated/enums";

/**
 * The editor's working copy. Every item has a key that survives edits of its code; codes once published are
 * fixed (tags are matched across versions by them), new ones follow the label until the admin types one.
 */
export interface DraftOption {
  key: string;
  code: string;
  label: string;
  description: string;
  fixedCode: boolean;
  codeEdited: boolean;
}

export interface DraftAttribute extends Omit<DraftOption, "key"> {
  key: string;
  type: CategoryAttribute["type"];
  options: DraftOption[];
}

export interface DraftCategory extends Omit<DraftOption, "key"> {
  key: string;
  kind: CategoryKind;
  attributes: DraftAttribute[];
  retired: boolean;
  /** For a category retired before the edited version: the last version that had it. */
  lastVersion: number | null;
}

export interface Draft {
  basedOnVersion: number;
  /** The edited version's categories, which "What changes" compares with. */
  base: CategoryDefinition[];
  /** Codes earlier versions had and the edited one lacks: bringing one back is a restore. */
  retiredCodes: string[];
  kinds: CategoryKind[];
  categories: DraftCategory[];
  notes: string;
}

let lastKey = 0;
/** Keys for items the admin adds; published items use their codes. */
export const newKey = () => `new-${++lastKey}`;

const published = { fixedCode: true, codeEdited: false };

function draftAttribute(attribute: CategoryAttribute, key = attribute.code): DraftAttribute {
  const options = attribute.options.map((option) => ({ ...option, ...published, key: option.code }));
  return { ...attribute, ...published, key, options };
}

export function draftCategory(category: CategoryDefinition, lastVersion: number | null = null): DraftCategory {
  const attributes = category.attributes.map((attribute) => draftAttribute(attribute));
  return { ...category, ...published, key: category.code, attributes, retired: lastVersion !== null, lastVersion };
}

/** Kinds in the order the edited version lists them (tagging shortcut keys follow it), then the rest. */
export function kindOrder(categories: { kind: CategoryKind }[]): CategoryKind[] {
  return [...new Set([...categories.map((category) => category.kind), ...CATEGORY_KINDS])];
}

export function draftFrom(codebook: CodebookDraft): Draft {
  return {
    basedOnVersion: codebook.version,
    base: codebook.categories,
    retiredCodes: codebook.retired.map((category) => category.code),
    kinds: kindOrder(codebook.categories),
    categories: [
      ...codebook.categories.map((category) => draftCategory(category)),
      ...codebook.retired.map((category) => draftCategory(category, category.lastVersion)),
    ],
    notes: "",
  };
}

/** The categories that stay, kind by kind in the editor's order. */
export function activeCategories(draft: Draft): DraftCategory[] {
  return draft.kinds.flatMap((kind) => draft.categories.filter((c) => c.kind === kind && !c.retired));
}

const definitionOf = ({ code, label, description }: DraftOption) => ({ code, label, description });

/** What the publish action receives: plain definitions in order, retired categories left out. */
export function publishInputOf(draft: Draft): PublishInput {
  return {
    basedOnVersion: draft.basedOnVersion,
    notes: draft.notes,
    categories: activeCategories(draft).map((category) => ({
      ...definitionOf(category),
      kind: category.kind,
      attributes: category.attributes.map((attribute) => ({
        ...definitionOf(attribute),
        type: attribute.type,
        options: attribute.type === "choice" ? attribute.options.map(definitionOf) : [],
      })),
    })),
  };
}

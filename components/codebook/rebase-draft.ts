import type { CategoryAttribute } from "@/lib/codebook/category-attributes";
import type { CategoryDefinition } from "@/lib/codebook/publish-input";
import type { CodebookDraft } from "@/lib/codebook/queries/load-codebook-draft";
import { draftCategory, type Draft, type DraftAttribute } from "./draft";

function fixPublishedCodes(attribute: DraftAttribute, published: CategoryAttribute | undefined): DraftAttribute {
  const optionCodes = new Set(published?.options.map((option) => option.code));
  return {
    ...attribute,
    fixedCode: attribute.fixedCode || published !== undefined,
    options: attribute.options.map((option) => ({
      ...option,
      fixedCode: option.fixedCode || optionCodes.has(option.code),
    })),
  };
}

/**
 * Moves the admin's edits on top of a version someone else published meanwhile: "What changes" then compares
 * them with that version. Codes it published become fixed, and categories it has that the draft lacks join the
 * draft as retired, so publishing would visibly retire them unless the admin restores them.
 */
export function rebaseDraft(draft: Draft, newer: CodebookDraft): Draft {
  const known = new Set([...newer.categories, ...newer.retired].map((category) => category.code));
  const current = new Map<string, CategoryDefinition>(newer.categories.map((category) => [category.code, category]));
  const inDraft = new Set(draft.categories.map((category) => category.code));
  const categories = draft.categories.map((category) => {
    const published = current.get(category.code)?.attributes ?? [];
    return {
      ...category,
      fixedCode: category.fixedCode || known.has(category.code),
      attributes: category.attributes.map((attribute) =>
        fixPublishedCodes(
          attribute,
          published.find((candidate) => candidate.code === attribute.code),
        ),
      ),
    };
  });
  const arrived = newer.categories
    .filter((category) => !inDraft.has(category.code))
    .map((category) => draftCategory(category, newer.version));
  return {
    ...draft,
    basedOnVersion: newer.version,
    base: newer.categories,
    retiredCodes: newer.retired.map((category) => category.code),
    categories: [...categories, ...arrived],
  };
}

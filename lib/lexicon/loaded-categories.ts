import { VERSION_2 } from "../codebook/default/version-2.ts";
import type { LoadedCategory } from "../suggestions/types.ts";

/**
 * The loaded-language categories a lexicon term can suggest, with their labels from the default codebook: the
 * suggestion engine knows these four codes, so a term under any other code would never be suggested.
 */
export const LOADED_CATEGORIES: { code: LoadedCategory; label: string }[] = VERSION_2.filter(
  (category) => category.kind === "LOADED_LANGUAGE",
).map((category) => ({ code: category.code as LoadedCategory, label: category.label }));

export const LOADED_CATEGORY_CODES = LOADED_CATEGORIES.map((category) => category.code) as [
  LoadedCategory,
  ...LoadedCategory[],
];

export function loadedCategoryLabel(code: string): string {
  return LOADED_CATEGORIES.find((category) => category.code === code)?.label ?? code;
}

import type { CategoryKind } from "../db/generated/enums.ts";

/** The display order of the kinds in the editor and the read-only views (tags of a kind sit together). */
export const CATEGORY_KINDS = [
  "FRAME",
  "ATTRIBUTION",
  "SOURCE_TYPE",
  "LOADED_LANGUAGE",
  "NAMING",
] as const satisfies readonly CategoryKind[];

/** Every code starts with its kind's prefix, so a code alone says what kind of tag it is, in every version. */
export const CODE_PREFIX: Record<CategoryKind, string> = {
  FRAME: "frame",
  ATTRIBUTION: "attribution",
  SOURCE_TYPE: "source",
  LOADED_LANGUAGE: "loaded",
  NAMING: "naming",
};

export const KIND_NAMES: Record<CategoryKind, { plural: string; singular: string }> = {
  FRAME: { plural: "Frames", singular: "frame" },
  ATTRIBUTION: { plural: "Attribution", singular: "attribution category" },
  SOURCE_TYPE: { plural: "Source types", singular: "source type" },
  LOADED_LANGUAGE: { plural: "Loaded language", singular: "loaded-language category" },
  NAMING: { plural: "Naming", singular: "naming category" },
};

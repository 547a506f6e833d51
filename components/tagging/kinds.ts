import type { CategoryKind } from "./types";

export const KIND_ORDER: CategoryKind[] = ["FRAME", "ATTRIBUTION", "SOURCE_TYPE", "LOADED_LANGUAGE", "NAMING"];

export const KIND_LABELS: Record<CategoryKind, string> = {
  FRAME: "Frames",
  ATTRIBUTION: "Attribution",
  SOURCE_TYPE: "Source types",
  LOADED_LANGUAGE: "Loaded language",
  NAMING: "Naming",
};

// Five hues a reader tells apart also with red-green colour blindness (blue, orange, purple, teal, magenta),
// each dark enough for a 3:1 contrast against white as an underline.
export const KIND_COLOURS: Record<CategoryKind, string> = {
  FRAME: "#1f5fbf",
  ATTRIBUTION: "#b35900",
  SOURCE_TYPE: "#6f42c1",
  LOADED_LANGUAGE: "#c2185b",
  NAMING: "#00796b",
};

/** One underline per covering tag, stacked downwards, so overlapping tags of any kinds each show. */
export function stackedUnderlines(kinds: CategoryKind[]): string | undefined {
  if (kinds.length === 0) return undefined;
  return kinds.map((kind, index) => `inset 0 -${3 * (index + 1)}px 0 ${KIND_COLOURS[kind]}`).join(", ");
}

// Paul Tol's "muted" scheme: nine hues told apart by most colour-blind readers, for the segments of a stacked
// bar (actors, speaker types, frames). Outlets keep their own colours (components/events/outlet-colors.ts), so a
// segment is never mistaken for an outlet.
const CATEGORY_COLORS = [
  "#332288",
  "#88ccee",
  "#44aa99",
  "#117733",
  "#999933",
  "#ddcc77",
  "#cc6677",
  "#882255",
  "#aa4499",
];

/** How many categories a stacked bar shows on its own; the rest are summed into "Other". */
export const MAX_CATEGORIES = CATEGORY_COLORS.length;

/** "Other" (the categories past the first nine) and "none given" (say, an attribution to no actor). */
export const OTHER_COLOR = "#9a9a9a";
export const NONE_COLOR = "#d4d4d4";

export function categoryColor(index: number): string {
  return CATEGORY_COLORS[index % CATEGORY_COLORS.length];
}

/** Ink or white, whichever reads better on the fill (WCAG relative luminance). */
export function labelColorOn(fill: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(fill.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.35 ? "#1c2230" : "#ffffff";
}

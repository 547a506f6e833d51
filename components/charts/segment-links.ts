import { fillLink, linkTemplate, type LinkTemplate } from "./link-template";

/**
 * Where a stacked chart's segments link, as one template rather than a link per segment: 50 outlets × 10 series
 * of full passage URLs made most of a chart's props. The page fills in the outlet and the series.
 */
export interface SegmentLinks {
  /** A link with slots for the row's id and the series key. */
  template: LinkTemplate<"row" | "key">;
  /** What the key becomes for the "none given" segment ("none"), or null when that segment links nowhere. */
  none: string | null;
}

/** The template of `hrefOf`, a link builder for one row and one series key. */
export function segmentLinks(hrefOf: (rowId: string, key: string) => string, none: string | null): SegmentLinks {
  return { template: linkTemplate(["row", "key"], ({ row, key }) => hrefOf(row, key)), none };
}

/** The link of one segment: null for "Other" (many series) and for a "none given" that links nowhere. */
export function segmentHref(links: SegmentLinks | null, rowId: string, key: string | null): string | null {
  const value = key === null ? links?.none : key;
  if (!links || value === null || value === undefined) return null;
  return fillLink(links.template, { row: rowId, key: value });
}

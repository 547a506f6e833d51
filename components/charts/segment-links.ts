/**
 * Where a stacked chart's segments link, as one template rather than a link per segment: 50 outlets × 10 series
 * of full passage URLs made most of a chart's props. The page fills in the outlet and the series.
 */
export interface SegmentLinks {
  /** A link with ROW_TOKEN and KEY_TOKEN where the row's id and the series key go. */
  template: string;
  /** What KEY_TOKEN becomes for the "none given" segment ("none"), or null when that segment links nowhere. */
  none: string | null;
}

// Letters and underscores only, so that URLSearchParams leaves them as they are and they can be found again.
const ROW_TOKEN = "__row__";
const KEY_TOKEN = "__key__";

/** The template of `hrefOf`, a link builder for one row and one series key. */
export function segmentLinks(hrefOf: (rowId: string, key: string) => string, none: string | null): SegmentLinks {
  return { template: hrefOf(ROW_TOKEN, KEY_TOKEN), none };
}

/** The link of one segment: null for "Other" (many series) and for a "none given" that links nowhere. */
export function segmentHref(links: SegmentLinks | null, rowId: string, key: string | null): string | null {
  const value = key === null ? links?.none : key;
  if (!links || value === null || value === undefined) return null;
  return links.template.replace(ROW_TOKEN, encodeURIComponent(rowId)).replace(KEY_TOKEN, encodeURIComponent(value));
}

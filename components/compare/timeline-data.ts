import type { TimelineData } from "@/components/charts/timeline-chart";
import type { ArticlesOverTime, TimeBucket } from "@/lib/analytics/queries/count-articles-over-time";
import type { OutletInfo } from "./compare-view";

export const UNIT_WORDS = { day: "day", week: "week (from Monday)", month: "month" } as const;

/** Where a bucket leads (the comparison narrowed to its dates), or null where nothing links (a report). */
export type BucketHref = ((bucket: Pick<TimeBucket, "start" | "end">) => string) | null;

/** The timeline chart's data: articles per bucket and outlet, the outlets in their colours. */
export function timelineData(outlets: OutletInfo[], timeline: ArticlesOverTime, href: BucketHref): TimelineData {
  const values: TimelineData["values"] = {};
  const hrefs: TimelineData["hrefs"] = {};
  for (const bucket of timeline.buckets) {
    values[bucket.start] = { ...values[bucket.start], [bucket.outletId]: bucket.articles };
    if (href) hrefs[bucket.start] = href(bucket);
  }
  const present = new Set(timeline.buckets.map((bucket) => bucket.outletId));
  return {
    buckets: timeline.starts.map((start) => ({ start, label: bucketLabel(start, timeline.unit) })),
    series: outlets
      .filter((outlet) => present.has(outlet.id))
      .map((outlet) => ({ key: outlet.id, label: outlet.name, color: outlet.color })),
    values,
    hrefs,
  };
}

function bucketLabel(start: string, unit: ArticlesOverTime["unit"]): string {
  const date = new Date(`${start}T00:00:00Z`);
  const options: Intl.DateTimeFormatOptions =
    unit === "month" ? { month: "short", year: "numeric" } : { day: "numeric", month: "short" };
  return date.toLocaleDateString("en-GB", { ...options, timeZone: "UTC" });
}

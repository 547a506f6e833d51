import type { CompareFilters } from "@/lib/analytics/filters";
import type { ReportSnapshot } from "@/lib/reports/report-snapshot";

const BASIS = {
  "prefer-gold": "adjudicated gold where it exists, else the submitted reviewers' tags averaged",
  "gold-only": "adjudicated gold only",
  reviewers: "the submitted reviewers' tags averaged (gold ignored)",
} as const;

/** A report's filters in a sentence: which outlets, which days, whose tags, which codebook version. */
export function describeFilters(filters: CompareFilters, outlets: ReportSnapshot["outlets"]): string {
  const chosen = outlets.filter((outlet) => filters.outlets.includes(outlet.id)).map((outlet) => outlet.name);
  const parts = [
    chosen.length ? `Outlets: ${chosen.join(", ")}` : `All ${outlets.length} outlets of the event`,
    filters.from || filters.to
      ? `published ${filters.from ? `from ${filters.from}` : ""}${filters.from && filters.to ? " " : ""}${filters.to ? `to ${filters.to}` : ""} (UTC)`
      : "any publication date",
    `counting ${BASIS[filters.basis]}`,
    filters.copies === "once" ? "syndicated copies counted once" : "syndicated copies counted for each outlet",
    filters.version ? `codebook version ${filters.version} only` : "every codebook version, categories matched by code",
  ];
  return `${parts.join("; ")}.`;
}

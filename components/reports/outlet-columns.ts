import { outletColor } from "@/components/events/outlet-colors";
import type { ReportSnapshot } from "@/lib/reports/report-snapshot";

/** All of the event's outlets in their colours (a filtered-out outlet keeps its place and colour). */
export function reportOutlets(snapshot: ReportSnapshot) {
  return snapshot.outlets.map((outlet, index) => ({ ...outlet, color: outletColor(index) }));
}

/** The outlets a table has columns for (those in `present`), in the event's order with their colours. */
export function outletColumns(snapshot: ReportSnapshot, present: (outletId: string) => boolean) {
  return reportOutlets(snapshot).filter((outlet) => present(outlet.id));
}

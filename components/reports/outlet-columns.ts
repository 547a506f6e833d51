import { outletColor } from "@/components/events/outlet-colors";
import type { ReportSnapshot } from "@/lib/reports/report-snapshot";

/** The outlets a table has columns for (those in `present`), in the event's order with their colours. */
export function outletColumns(snapshot: ReportSnapshot, present: (outletId: string) => boolean) {
  return snapshot.outlets
    .map((outlet, index) => ({ ...outlet, color: outletColor(index) }))
    .filter((outlet) => present(outlet.id));
}

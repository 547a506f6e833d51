import { computeReportSnapshot } from "./compute-report-snapshot.ts";
import type { StoredReport } from "./find-report.ts";
import type { ReportSnapshot } from "./report-snapshot.ts";

/** The numbers a report shows: frozen ones once published, computed now for a draft's preview. */
export async function reportNumbers(report: StoredReport): Promise<ReportSnapshot> {
  if (report.snapshot) return report.snapshot;
  return computeReportSnapshot(report.eventId, report.content);
}

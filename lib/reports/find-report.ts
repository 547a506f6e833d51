import { db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";
import { readReportContent } from "./read-report-content.ts";
import type { ReportSnapshot } from "./report-snapshot.ts";
import type { ReportContent } from "./schemas.ts";

export interface StoredReport {
  id: string;
  eventId: string;
  eventTitle: string;
  title: string;
  commentary: string;
  content: ReportContent;
  status: "DRAFT" | "PUBLISHED";
  /** The numbers stored on publication; null for a draft. */
  snapshot: ReportSnapshot | null;
  computedAt: Date | null;
  publishedAt: Date | null;
  revision: number;
  updatedAt: Date;
}

export const STORED_REPORT_FIELDS = {
  id: true,
  eventId: true,
  title: true,
  commentary: true,
  content: true,
  status: true,
  snapshot: true,
  computedAt: true,
  publishedAt: true,
  revision: true,
  updatedAt: true,
  event: { select: { title: true } },
} as const;

type Row = Prisma.ReportGetPayload<{ select: typeof STORED_REPORT_FIELDS }>;

/** A report row as the pages use it: content checked, the snapshot as this code wrote it. */
export function toStoredReport({ event, content, snapshot, ...report }: Row): StoredReport {
  return {
    ...report,
    eventTitle: event.title,
    content: readReportContent(content),
    // Written only by publishReport from a ReportSnapshot; JSON that this code stored, read back as such.
    snapshot: snapshot === null ? null : (snapshot as unknown as ReportSnapshot),
  };
}

export async function findReport(reportId: string): Promise<StoredReport | null> {
  const row = await db().report.findUnique({ where: { id: reportId }, select: STORED_REPORT_FIELDS });
  return row && toStoredReport(row);
}

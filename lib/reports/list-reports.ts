import { db } from "../db/client.ts";

export interface ReportListItem {
  id: string;
  title: string;
  status: "DRAFT" | "PUBLISHED";
  eventId: string;
  eventTitle: string;
  updatedAt: Date;
  publishedAt: Date | null;
}

/** Every report, most recently changed first. */
export async function listReports(): Promise<ReportListItem[]> {
  const reports = await db().report.findMany({
    orderBy: [{ updatedAt: "desc" }],
    select: {
      id: true,
      title: true,
      status: true,
      eventId: true,
      updatedAt: true,
      publishedAt: true,
      event: { select: { title: true } },
    },
  });
  return reports.map(({ event, ...report }) => ({ ...report, eventTitle: event.title }));
}

import { recordAudit } from "../../audit/record-audit.ts";
import { db } from "../../db/client.ts";

/** Records who took a report away as a PDF, and whether its numbers were frozen or a draft's preview. */
export async function recordReportDownload(reportId: string, status: string, userId: string): Promise<void> {
  await db().$transaction((tx) =>
    recordAudit(tx, {
      actorId: userId,
      action: "report.download",
      entityType: "report",
      entityId: reportId,
      after: { format: "pdf", status },
    }),
  );
}

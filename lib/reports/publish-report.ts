import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";
import { computeReportSnapshot } from "./compute-report-snapshot.ts";
import { lockDraft } from "./lock-draft.ts";
import { readReportContent } from "./read-report-content.ts";
import { ReportError } from "./report-error.ts";

/**
 * Publishes a draft: computes every chosen section's numbers with its filters and stores them with the time, so
 * the published report keeps them whatever changes later. Refused if the draft changed since `revision`.
 */
export async function publishReport(reportId: string, revision: number, editorId: string): Promise<void> {
  const draft = await db().report.findUnique({ where: { id: reportId }, select: { eventId: true, content: true } });
  if (!draft) throw new ReportError("This report no longer exists.");
  const snapshot = await computeReportSnapshot(draft.eventId, readReportContent(draft.content));
  await db().$transaction(async (tx) => {
    const { eventId: _eventId, ...before } = await lockDraft(tx, reportId, revision);
    const now = new Date(snapshot.computedAt);
    const after = await tx.report.update({
      where: { id: reportId },
      data: {
        status: "PUBLISHED",
        snapshot: snapshot as unknown as Prisma.InputJsonObject,
        computedAt: now,
        publishedAt: new Date(),
        revision: { increment: 1 },
      },
      select: { status: true, revision: true, computedAt: true },
    });
    await recordAudit(tx, {
      actorId: editorId,
      action: "report.publish",
      entityType: "report",
      entityId: reportId,
      before: { status: before.status, revision: before.revision },
      after: { ...after, computedAt: snapshot.computedAt },
    });
  });
}

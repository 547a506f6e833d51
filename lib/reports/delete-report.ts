import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { lockDraft } from "./lock-draft.ts";

/** Deletes a draft; a published report stays, since someone may hold a link to it. */
export async function deleteReport(reportId: string, revision: number, editorId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const before = await lockDraft(tx, reportId, revision);
    await tx.report.delete({ where: { id: reportId } });
    await recordAudit(tx, {
      actorId: editorId,
      action: "report.delete",
      entityType: "report",
      entityId: reportId,
      before,
    });
  });
}

import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { reportData } from "./content-json.ts";
import { lockDraft } from "./lock-draft.ts";
import { REPORT_AUDIT_FIELDS } from "./report-fields.ts";
import type { ReportInput } from "./schemas.ts";

/** Saves a draft's title, commentary and content if nobody changed it since `revision`; returns the new revision. */
export async function updateReport(
  reportId: string,
  revision: number,
  input: ReportInput,
  editorId: string,
): Promise<number> {
  return db().$transaction(async (tx) => {
    const { eventId: _eventId, ...before } = await lockDraft(tx, reportId, revision);
    const after = await tx.report.update({
      where: { id: reportId },
      data: { ...reportData(input), revision: { increment: 1 } },
      select: REPORT_AUDIT_FIELDS,
    });
    await recordAudit(tx, {
      actorId: editorId,
      action: "report.update",
      entityType: "report",
      entityId: reportId,
      before,
      after,
    });
    return after.revision;
  });
}

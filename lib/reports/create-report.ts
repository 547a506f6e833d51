import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { reportData } from "./content-json.ts";
import { REPORT_AUDIT_FIELDS } from "./report-fields.ts";
import type { ReportInput } from "./schemas.ts";

/** Starts a draft report on an event; returns its id. */
export async function createReport(eventId: string, input: ReportInput, editorId: string): Promise<string> {
  return db().$transaction(async (tx) => {
    const report = await tx.report.create({
      data: { eventId, ...reportData(input), createdById: editorId },
      select: { id: true, ...REPORT_AUDIT_FIELDS },
    });
    const { id, ...after } = report;
    await recordAudit(tx, { actorId: editorId, action: "report.create", entityType: "report", entityId: id, after });
    return id;
  });
}

import type { Prisma } from "../db/generated/client.ts";
import { REPORT_AUDIT_FIELDS } from "./report-fields.ts";
import { ReportError } from "./report-error.ts";

/**
 * The draft as the edit read it, locked for the rest of the transaction; refused when it is gone, published, or
 * changed since (its revision moved on).
 */
export async function lockDraft(tx: Prisma.TransactionClient, reportId: string, revision: number) {
  await tx.$queryRaw`SELECT 1 FROM reports WHERE id = ${reportId}::uuid FOR UPDATE`;
  const report = await tx.report.findUnique({
    where: { id: reportId },
    select: { eventId: true, ...REPORT_AUDIT_FIELDS },
  });
  if (!report) throw new ReportError("This report no longer exists.");
  if (report.status !== "DRAFT") throw new ReportError("This report is published: it can no longer change.");
  if (report.revision !== revision)
    throw new ReportError("Someone changed this report since you opened it: reload the page to see their changes.");
  return report;
}

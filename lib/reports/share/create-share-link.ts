import { recordAudit } from "../../audit/record-audit.ts";
import { db } from "../../db/client.ts";
import { ReportError } from "../report-error.ts";
import type { ShareLinkInput } from "./schemas.ts";
import { newShareToken } from "./share-token.ts";

/** Makes a read-only link to a published report; returns the token, which is never stored or shown again. */
export async function createShareLink(reportId: string, input: ShareLinkInput, editorId: string): Promise<string> {
  const { token, tokenHash } = newShareToken();
  await db().$transaction(async (tx) => {
    const report = await tx.report.findUnique({ where: { id: reportId }, select: { status: true } });
    if (report?.status !== "PUBLISHED") throw new ReportError("Only a published report can be shared.");
    const link = await tx.reportShareLink.create({
      data: { reportId, tokenHash, label: input.label, expiresAt: input.expiresAt, createdById: editorId },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: editorId,
      action: "report_share_link.create",
      entityType: "report_share_link",
      entityId: link.id,
      after: { reportId, label: input.label, expiresAt: input.expiresAt?.toISOString() ?? null },
    });
  });
  return token;
}

import { recordAudit } from "../../audit/record-audit.ts";
import { db } from "../../db/client.ts";

/** Revokes a report's share link: from now on it opens a 404. Revoking twice changes nothing. */
export async function revokeShareLink(reportId: string, linkId: string, editorId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const revokedAt = new Date();
    const { count } = await tx.reportShareLink.updateMany({
      where: { id: linkId, reportId, revokedAt: null },
      data: { revokedAt },
    });
    if (count === 0) return;
    await recordAudit(tx, {
      actorId: editorId,
      action: "report_share_link.revoke",
      entityType: "report_share_link",
      entityId: linkId,
      after: { reportId, revokedAt: revokedAt.toISOString() },
    });
  });
}

import { recordAudit } from "../../audit/record-audit.ts";
import { db } from "../../db/client.ts";

/** How long an unconfirmed preview (and its staged copy of the articles) is kept. */
export const PREVIEW_RETENTION_DAYS = 7;

/** Deletes previews nobody confirmed within the retention period; returns how many. */
export async function deleteStalePreviews(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - PREVIEW_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  return db().$transaction(async (tx) => {
    const stale = await tx.$queryRaw<{ id: string; source_name: string }[]>`
      DELETE FROM import_batches WHERE status = 'PREVIEW' AND created_at < ${cutoff}
      RETURNING id, source_name`;
    if (stale.length > 0)
      await recordAudit(tx, {
        actorId: null,
        action: "import.cleanup",
        entityType: "import_batch",
        entityId: "stale-previews",
        before: { cutoff: cutoff.toISOString(), batches: stale.map((b) => ({ id: b.id, source: b.source_name })) },
      });
    return stale.length;
  });
}

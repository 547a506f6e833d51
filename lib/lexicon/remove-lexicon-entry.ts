import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";

/**
 * Takes an admin's term out of use: the row stays with the time it was removed, so what suggestions were made
 * from can still be read. An entry already removed counts as removed.
 */
export async function removeLexiconEntry(entryId: string, adminId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const removed = await tx.lexiconEntry.updateManyAndReturn({
      where: { id: entryId, removedAt: null },
      data: { removedAt: new Date() },
      select: { id: true, term: true, categoryCode: true, note: true, removedAt: true },
    });
    const [entry] = removed;
    if (!entry) return;
    await recordAudit(tx, {
      actorId: adminId,
      action: "lexicon_entry.remove",
      entityType: "lexicon_entry",
      entityId: entry.id,
      before: { id: entry.id, term: entry.term, categoryCode: entry.categoryCode, note: entry.note },
      after: { removedAt: entry.removedAt!.toISOString() },
    });
  });
}

import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import { lockUntilCommit } from "../db/transaction-lock.ts";
import { termKey, type LexiconInput } from "./lexicon-input.ts";
import { LexiconError } from "./lexicon-error.ts";
import { loadedCategoryLabel } from "./loaded-categories.ts";
import { shippedLexicon } from "./shipped-lexicon.ts";

const ENTRY_SNAPSHOT = { id: true, term: true, categoryCode: true, direction: true, note: true } as const;

/**
 * Adds an admin's term to the lexicon every reviewer's suggestions use from the next page load. A term already
 * shipped or already added (case and spacing aside) is refused with where it is; two admins adding the same term
 * at once queue on a lock, so the second is refused too.
 */
export async function addLexiconEntry(input: LexiconInput, adminId: string): Promise<string> {
  const key = termKey(input.term);
  const shipped = shippedLexicon().find((entry) => termKey(entry.term) === key);
  if (shipped)
    throw new LexiconError(
      `“${shipped.term}” is already in the shipped lexicon as ${loadedCategoryLabel(shipped.category)}.`,
    );
  return db().$transaction(async (tx) => {
    await lockUntilCommit(tx, ["lexicon_entries"]);
    const active = await tx.lexiconEntry.findMany({
      where: { removedAt: null },
      select: { term: true, categoryCode: true },
    });
    const added = active.find((entry) => termKey(entry.term) === key);
    if (added)
      throw new LexiconError(
        `“${added.term}” is already in the lexicon as ${loadedCategoryLabel(added.categoryCode)}. Remove it first to change its category.`,
      );
    const entry = await tx.lexiconEntry.create({ data: { ...input, addedById: adminId }, select: ENTRY_SNAPSHOT });
    await recordAudit(tx, {
      actorId: adminId,
      action: "lexicon_entry.create",
      entityType: "lexicon_entry",
      entityId: entry.id,
      after: entry,
    });
    return entry.id;
  });
}

import type { Role } from "../../auth/roles.ts";
import type { Prisma } from "../../db/generated/client.ts";

/** Why an import cannot be changed as asked, in words the reviewer can act on. */
export class ImportStateError extends Error {}

/** For an id that names no batch the actor may see, malformed ids included. */
export const UNKNOWN_IMPORT = "This import no longer exists. Start a new import.";

export interface BatchActor {
  id: string;
  role: Role;
}

/** Only a batch's creator or an admin may change it. */
export function canChangeBatch(actor: BatchActor, createdById: string | null): boolean {
  return actor.role === "ADMIN" || actor.id === createdById;
}

/**
 * A preview is the importer's unsaved work (it may hold texts they decide not to keep): only they and admins see
 * it. Once confirmed, its outcome is open to everyone who may import, like the articles it saved.
 */
export function canViewBatch(actor: BatchActor, batch: { status: string; createdById: string | null }): boolean {
  return batch.status !== "PREVIEW" || canChangeBatch(actor, batch.createdById);
}

/** The same rule as a filter on import_batches, for lists. */
export function visibleBatchesWhere(actor: BatchActor): Prisma.ImportBatchWhereInput {
  if (actor.role === "ADMIN") return {};
  return { OR: [{ status: { not: "PREVIEW" } }, { createdById: actor.id }] };
}

/**
 * Locks a batch that is still a preview for the rest of the transaction, after checking that the actor
 * may change it. Returns its row count and the new outlets its reviewer approved.
 */
export async function lockPreviewForChange(tx: Prisma.TransactionClient, batchId: string, actor: BatchActor) {
  const [batch] = await tx.$queryRaw<
    { status: string; total_rows: number; created_by_id: string | null; approved_outlets: string[] }[]
  >`
    SELECT status, total_rows, created_by_id, approved_outlets FROM import_batches
    WHERE id = ${batchId}::uuid FOR UPDATE`;
  // Another reviewer's preview is not theirs to see, so not even its existence is told.
  if (!batch || !canViewBatch(actor, { status: batch.status, createdById: batch.created_by_id }))
    throw new ImportStateError(UNKNOWN_IMPORT);
  if (!canChangeBatch(actor, batch.created_by_id))
    throw new ImportStateError("Only the reviewer who started this import, or an admin, can change or save it.");
  if (batch.status !== "PREVIEW")
    throw new ImportStateError("This import was already confirmed; see its outcome below.");
  return { totalRows: batch.total_rows, approvedOutlets: batch.approved_outlets };
}

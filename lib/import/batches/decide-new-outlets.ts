import { z } from "zod";
import { recordAudit } from "../../audit/record-audit.ts";
import { db } from "../../db/client.ts";
import type { Prisma } from "../../db/generated/client.ts";
import { ImportStateError, lockPreviewForChange, type BatchActor } from "./batch-access.ts";
import { proposedOutlets } from "./new-outlets.ts";

/** For each outlet the file would create: create it, or file its rows under an existing outlet. */
export const outletDecisionsSchema = z
  .array(
    z.object({
      name: z.string().trim().min(1),
      choice: z.union([z.literal("new"), z.uuid({ error: "Choose an outlet from the list." })]),
    }),
  )
  .min(1, { error: "Choose what to do with at least one outlet." });

export type OutletDecision = z.infer<typeof outletDecisionsSchema>[number];

export async function decideNewOutlets(batchId: string, decisions: OutletDecision[], actor: BatchActor) {
  await db().$transaction(async (tx) => {
    await lockPreviewForChange(tx, batchId, actor);
    const proposals = new Map((await proposedOutlets(tx, batchId)).map((p) => [p.name.toLowerCase(), p]));
    const approved: string[] = [];
    for (const { name, choice } of decisions) {
      const proposal = proposals.get(name.toLowerCase());
      if (!proposal) continue; // already decided in another tab: nothing left to do for it
      if (choice === "new") approved.push(proposal.name);
      else await fileRowsUnder(tx, batchId, proposal.rows, choice);
    }
    await tx.$executeRaw`
      UPDATE import_batches SET approved_outlets = approved_outlets || ${approved}::text[] WHERE id = ${batchId}::uuid`;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "import.outlets",
      entityType: "import_batch",
      entityId: batchId,
      after: { decisions },
    });
  });
}

async function fileRowsUnder(tx: Prisma.TransactionClient, batchId: string, rows: number[], outletId: string) {
  const outlet = await tx.outlet.findUnique({ where: { id: outletId }, select: { name: true } });
  if (!outlet) throw new ImportStateError("That outlet no longer exists. Choose another one.");
  await tx.$executeRaw`
    UPDATE import_rows SET article = jsonb_set(article, '{outlet}', to_jsonb(${outlet.name}::text))
    WHERE batch_id = ${batchId}::uuid AND row_number = ANY(${rows}::int[])`;
}

import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";
import { lockUntilCommit } from "../db/transaction-lock.ts";
import { dropDuplicateArticles } from "./drop-duplicate-articles.ts";
import { findMergeDuplicates, type MergeDuplicate } from "./find-merge-duplicates.ts";
import { lockOutletRows } from "./lock-outlet-rows.ts";
import { distinctAliases } from "./outlet-names.ts";
import { outletSnapshot, type OutletWithDomains } from "./outlet-snapshot.ts";

export class OutletMergeError extends Error {}

export interface OutletMergeResult {
  sourceName: string;
  movedArticles: number;
  droppedArticles: { id: string; title: string }[];
}

/**
 * Folds the source outlet into the target: its articles, domains, name and aliases move to the
 * target and the source is deleted, in one audited transaction. Source articles the target already
 * has are dropped, unless reviewers tagged them: then nothing changes and the error names them.
 */
export async function mergeOutlets(sourceId: string, targetId: string, actorId: string): Promise<OutletMergeResult> {
  if (sourceId === targetId) throw new OutletMergeError("An outlet cannot be merged into itself.");
  return db().$transaction(async (tx) => {
    // The import locks first, as imports take them before their articles lock outlet rows
    // (selectNewArticles): an import for either outlet finishes before, or starts after, the merge.
    await lockUntilCommit(tx, [`import:${sourceId}`, `import:${targetId}`]);
    await lockOutletRows(tx, [sourceId, targetId]);
    const [source, target] = await Promise.all([loadOutlet(tx, sourceId), loadOutlet(tx, targetId)]);
    const duplicates = await findMergeDuplicates(tx, sourceId, targetId);
    refuseTaggedDuplicates(source.name, target.name, duplicates);

    await dropDuplicateArticles(tx, duplicates);
    const moved = await tx.article.updateMany({ where: { outletId: sourceId }, data: { outletId: targetId } });
    await tx.outletDomain.updateMany({ where: { outletId: sourceId }, data: { outletId: targetId } });
    await tx.outlet.delete({ where: { id: sourceId } });
    const merged = await tx.outlet.update({
      where: { id: targetId },
      data: { aliases: distinctAliases(target.name, [...target.aliases, source.name, ...source.aliases]) },
      include: { domains: { orderBy: { domain: "asc" } } },
    });

    const droppedArticles = duplicates.map(({ id, title }) => ({ id, title }));
    await recordAudit(tx, {
      actorId,
      action: "outlet.merge",
      entityType: "outlet",
      entityId: targetId,
      before: {
        source: auditedOutlet(source, source._count.articles),
        target: auditedOutlet(target, target._count.articles),
      },
      after: {
        target: auditedOutlet(merged, target._count.articles + moved.count),
        movedArticles: moved.count,
        droppedArticles,
      },
    });
    return { sourceName: source.name, movedArticles: moved.count, droppedArticles };
  });
}

async function loadOutlet(tx: Prisma.TransactionClient, id: string) {
  const outlet = await tx.outlet.findUnique({
    where: { id },
    include: { domains: { orderBy: { domain: "asc" } }, _count: { select: { articles: true } } },
  });
  if (!outlet) throw new OutletMergeError("One of the two outlets no longer exists: it may have just been merged.");
  return outlet;
}

function auditedOutlet(outlet: OutletWithDomains, articles: number) {
  return { id: outlet.id, ...outletSnapshot(outlet), articles };
}

// A reviewer's tags are never deleted as a side effect of tidying outlets.
function refuseTaggedDuplicates(source: string, target: string, duplicates: MergeDuplicate[]): void {
  const tagged = duplicates.filter((duplicate) => duplicate.tagCount > 0);
  if (tagged.length === 0) return;
  throw new OutletMergeError(
    `Nothing was merged. These articles of ${source} are also stored under ${target} and carry reviewers' ` +
      `tags, which merging would delete: ${tagged.map((article) => `“${article.title}”`).join(", ")}.`,
  );
}

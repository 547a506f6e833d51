import { recordAudit } from "../audit/record-audit.ts";
import { db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";
import { lockUntilCommit } from "../db/transaction-lock.ts";
import { formatDateTime } from "../format.ts";
import { checkCodeKinds } from "./check-code-kinds.ts";
import { codeHistory } from "./code-history.ts";
import { CodebookError, StaleCodebookError } from "./codebook-error.ts";
import { DEFAULT_CODEBOOK } from "./default-codebook.ts";
import { diffCodebook, isEmptyDiff } from "./diff-codebook.ts";
import { publishInputSchema, type PublishInput } from "./publish-input.ts";
import { DEFINITION_FIELDS, definitionOf } from "./queries/category-definition.ts";

/**
 * Publishes the admin's categories as the next version of the codebook. Published versions are never changed:
 * tags made under them keep their definitions, and new tags use this one. Refused when someone published after
 * the version the admin edited, when a code would change kind, or when nothing changed. Audited with the diff.
 */
export async function publishCodebookVersion(input: PublishInput, adminId: string) {
  const { basedOnVersion, notes, categories } = publishInputSchema.parse(input);
  return db().$transaction(async (tx) => {
    const codebook = await tx.codebook.findUniqueOrThrow({ where: { slug: DEFAULT_CODEBOOK.slug } });
    await lockUntilCommit(tx, [`codebook:${codebook.id}`]);
    const latest = await newestVersion(tx, codebook.id);
    if (latest.version !== basedOnVersion) throw new StaleCodebookError(staleMessage(latest, basedOnVersion));
    const history = await codeHistory(tx, codebook.id);
    const kindErrors = checkCodeKinds(categories, history);
    if (kindErrors) throw new CodebookError("A category's code cannot change its kind.", kindErrors);
    const before = latest.categories.map(definitionOf);
    const retired = new Set([...history.keys()].filter((code) => !before.some((category) => category.code === code)));
    const diff = diffCodebook(before, categories, retired);
    if (isEmptyDiff(diff))
      throw new CodebookError(`Nothing differs from version ${latest.version} yet: change a category first.`);
    const published = await tx.codebookVersion.create({
      data: {
        codebookId: codebook.id,
        version: latest.version + 1,
        notes: notes || null,
        publishedAt: new Date(),
        createdById: adminId,
        categories: { create: categories.map((category, position) => ({ ...category, position })) },
      },
      select: { id: true, version: true },
    });
    await recordAudit(tx, {
      actorId: adminId,
      action: "codebook.publish",
      entityType: "codebook_version",
      entityId: published.id,
      before: { version: latest.version, categoryCount: before.length, codes: before.map((c) => c.code) },
      after: { version: published.version, notes, diff } as unknown as Prisma.InputJsonObject,
    });
    return published;
  });
}

async function newestVersion(tx: Prisma.TransactionClient, codebookId: string) {
  return tx.codebookVersion.findFirstOrThrow({
    where: { codebookId, publishedAt: { not: null } },
    orderBy: { version: "desc" },
    select: {
      version: true,
      publishedAt: true,
      createdBy: { select: { name: true } },
      categories: { orderBy: { position: "asc" }, select: DEFINITION_FIELDS },
    },
  });
}

function staleMessage(
  latest: { version: number; publishedAt: Date | null; createdBy: { name: string } | null },
  basedOn: number,
): string {
  const by = latest.createdBy ? ` by ${latest.createdBy.name}` : "";
  return `Version ${latest.version} was published${by} (${formatDateTime(latest.publishedAt)}) after the version ${basedOn} you edited.`;
}

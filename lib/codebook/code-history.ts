import type { Prisma } from "../db/generated/client.ts";
import type { CategoryKind } from "../db/generated/enums.ts";

/** Every code any published version of the codebook has used, with its kind (a code never changes kind). */
export async function codeHistory(
  tx: Prisma.TransactionClient,
  codebookId: string,
): Promise<Map<string, CategoryKind>> {
  const rows = await tx.$queryRaw<{ code: string; kind: CategoryKind }[]>`
    SELECT DISTINCT c.code, c.kind FROM codebook_categories c JOIN codebook_versions v ON v.id = c.version_id
    WHERE v.codebook_id = ${codebookId}::uuid AND v.published_at IS NOT NULL`;
  return new Map(rows.map((row) => [row.code, row.kind]));
}

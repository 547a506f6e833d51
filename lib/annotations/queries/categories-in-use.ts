import { DEFAULT_CODEBOOK } from "../../codebook/default-codebook.ts";
import { db } from "../../db/client.ts";
import { codebookVersionInUse } from "../codebook-version-in-use.ts";

/** The default codebook's categories in the version this reviewer tags the article under, in display order. */
export async function categoriesInUse(articleId: string, reviewerId: string) {
  const codebook = await db().codebook.findUnique({ where: { slug: DEFAULT_CODEBOOK.slug }, select: { id: true } });
  if (!codebook) return [];
  const versionId = await codebookVersionInUse(db(), articleId, reviewerId, codebook.id);
  if (!versionId) return [];
  return db().codebookCategory.findMany({
    where: { versionId },
    orderBy: [{ position: "asc" }],
    select: { id: true, kind: true, code: true, label: true, description: true },
  });
}

export type CategoryInUse = Awaited<ReturnType<typeof categoriesInUse>>[number];

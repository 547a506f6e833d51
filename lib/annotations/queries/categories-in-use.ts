import { readCategoryAttributes } from "../../codebook/category-attributes.ts";
import { DEFAULT_CODEBOOK } from "../../codebook/default-codebook.ts";
import { db } from "../../db/client.ts";
import { codebookVersionInUse } from "../codebook-version-in-use.ts";

/**
 * The default codebook's categories in the version this reviewer tags the article under, in display order,
 * each with the attributes it asks for beyond those of its kind.
 */
export async function categoriesInUse(articleId: string, reviewerId: string) {
  const codebook = await db().codebook.findUnique({ where: { slug: DEFAULT_CODEBOOK.slug }, select: { id: true } });
  if (!codebook) return [];
  const versionId = await codebookVersionInUse(db(), articleId, reviewerId, codebook.id);
  if (!versionId) return [];
  const categories = await db().codebookCategory.findMany({
    where: { versionId },
    orderBy: [{ position: "asc" }],
    select: { id: true, kind: true, code: true, label: true, description: true, attributes: true },
  });
  return categories.map((category) => ({ ...category, attributes: readCategoryAttributes(category.attributes) }));
}

export type CategoryInUse = Awaited<ReturnType<typeof categoriesInUse>>[number];

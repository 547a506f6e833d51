import type { CategoryInUse } from "../../annotations/queries/categories-in-use.ts";
import { readCategoryAttributes } from "../../codebook/category-attributes.ts";
import { db } from "../../db/client.ts";

/** A codebook version's categories in display order with their own attributes, as the tagging workspace lists them. */
export async function listVersionCategories(versionId: string | null): Promise<CategoryInUse[]> {
  if (!versionId) return [];
  const categories = await db().codebookCategory.findMany({
    where: { versionId },
    orderBy: [{ position: "asc" }],
    select: { id: true, kind: true, code: true, label: true, description: true, attributes: true },
  });
  return categories.map((category) => ({ ...category, attributes: readCategoryAttributes(category.attributes) }));
}

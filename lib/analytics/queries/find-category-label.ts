import { db } from "../../db/client.ts";

/** The label of a category code in the newest published version that has it, e.g. "Health and safety". */
export async function findCategoryLabel(code: string): Promise<string | null> {
  const category = await db().codebookCategory.findFirst({
    where: { code, version: { publishedAt: { not: null } } },
    orderBy: { version: { version: "desc" } },
    select: { label: true },
  });
  return category?.label ?? null;
}

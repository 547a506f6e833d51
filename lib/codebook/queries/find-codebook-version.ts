import { db } from "../../db/client.ts";
import { DEFAULT_CODEBOOK } from "../default-codebook.ts";
import type { CategoryDefinition } from "../publish-input.ts";
import { DEFINITION_FIELDS, definitionOf } from "./category-definition.ts";

export interface VersionCategory extends CategoryDefinition {
  tagCount: number;
}

export interface CodebookVersionDetail {
  version: number;
  publishedAt: Date;
  publishedBy: string | null;
  notes: string | null;
  categories: VersionCategory[];
}

/** One published version, frozen as it was published: its categories in order, each with how many tags use it. */
export async function findCodebookVersion(version: number): Promise<CodebookVersionDetail | null> {
  const row = await db().codebookVersion.findFirst({
    where: { version, publishedAt: { not: null }, codebook: { slug: DEFAULT_CODEBOOK.slug } },
    select: {
      version: true,
      publishedAt: true,
      notes: true,
      createdBy: { select: { name: true } },
      categories: {
        orderBy: { position: "asc" },
        select: { ...DEFINITION_FIELDS, _count: { select: { annotations: true } } },
      },
    },
  });
  if (!row?.publishedAt) return null;
  return {
    version: row.version,
    publishedAt: row.publishedAt,
    publishedBy: row.createdBy?.name ?? null,
    notes: row.notes,
    categories: row.categories.map(({ _count, ...category }) => ({
      ...definitionOf(category),
      tagCount: _count.annotations,
    })),
  };
}

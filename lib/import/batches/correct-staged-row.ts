import { z } from "zod";
import { db } from "../../db/client.ts";
import { findOutletByAnyName } from "../../outlets/find-outlet-by-any-name.ts";
import { findSimilarOutlets } from "../../outlets/find-similar-outlets.ts";
import { normalizedArticleSchema } from "../normalized-article.ts";
import { parsePublishedDate } from "../text/dates.ts";
import { ImportStateError, lockPreviewForChange, type BatchActor } from "./batch-access.ts";
import { fromStaged, toStaged } from "./staged-article.ts";

const emptyToNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** The fields a reviewer may correct in the preview; the body is never edited here. */
export const rowCorrectionSchema = z.object({
  row: z.coerce.number().int().positive(),
  title: z.string(),
  byline: z.string().optional().transform(emptyToNull),
  outlet: z.string().optional().transform(emptyToNull),
  /** The reviewer chose to create the outlet they typed, rather than one already stored. */
  newOutlet: z.literal("on").optional(),
  url: z.string().optional().transform(emptyToNull),
  publishedAt: z
    .string()
    .optional()
    .transform(emptyToNull)
    .transform((value, context) => {
      if (value === null) return null;
      const date = parsePublishedDate(value);
      if (!date) context.addIssue({ code: "custom", message: "Use a date like 5 Jun 2024 (not in the future)." });
      return date;
    }),
});

export type RowCorrection = z.infer<typeof rowCorrectionSchema>;

/**
 * Saves the reviewer's corrections to a staged row. An outlet they type must be one already stored (by
 * name, alias or domain) unless they chose to create it; returns what to fix otherwise.
 */
export async function correctStagedRow(
  batchId: string,
  { row, newOutlet, ...fields }: RowCorrection,
  actor: BatchActor,
): Promise<z.ZodError | null> {
  const outlet = fields.outlet && (await resolveTypedOutlet(fields.outlet, newOutlet === "on"));
  if (outlet instanceof z.ZodError) return outlet;
  return db().$transaction(async (tx) => {
    await lockPreviewForChange(tx, batchId, actor);
    const staged = await tx.importRow.findUnique({ where: { batchId_rowNumber: { batchId, rowNumber: row } } });
    if (!staged) throw new ImportStateError("This row is no longer in the import. Reload the page.");
    const parsed = normalizedArticleSchema.safeParse({
      ...fromStaged(staged.article),
      ...fields,
      outlet: outlet || null,
    });
    if (!parsed.success) return parsed.error;
    await tx.importRow.update({
      where: { batchId_rowNumber: { batchId, rowNumber: row } },
      data: { article: toStaged(parsed.data) },
    });
    if (newOutlet === "on" && outlet)
      await tx.$executeRaw`
        UPDATE import_batches SET approved_outlets = array_append(approved_outlets, ${outlet}::text) WHERE id = ${batchId}::uuid`;
    return null;
  });
}

/** The stored outlet's own name for what was typed, the typed name for a chosen new outlet, or what to fix. */
async function resolveTypedOutlet(typed: string, createNew: boolean): Promise<string | z.ZodError> {
  const existing = await findOutletByAnyName(typed);
  if (existing) return existing.name;
  if (createNew) return typed;
  const similar = (await findSimilarOutlets([typed])).get(typed) ?? [];
  const hint = similar.length ? ` Did you mean ${similar.map((o) => `“${o.name}”`).join(" or ")}?` : "";
  return new z.ZodError([
    {
      code: "custom",
      path: ["outlet"],
      input: typed,
      message: `No outlet is called “${typed}”.${hint} Choose one from the list, or choose to create a new outlet.`,
    },
  ]);
}

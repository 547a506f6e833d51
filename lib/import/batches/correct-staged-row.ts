import { z } from "zod";
import { db } from "../../db/client.ts";
import { normalizedArticleSchema } from "../normalized-article.ts";
import { ImportStateError } from "./confirm-import.ts";
import { fromStaged, toStaged } from "./staged-article.ts";

const emptyToNull = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** The fields a reviewer may correct in the preview; the body is never edited here. */
export const rowCorrectionSchema = z.object({
  row: z.coerce.number().int().positive(),
  title: z.string(),
  byline: z.string().optional().transform(emptyToNull),
  outlet: z.string().optional().transform(emptyToNull),
  url: z.string().optional().transform(emptyToNull),
  publishedAt: z
    .string()
    .optional()
    .transform(emptyToNull)
    .pipe(z.iso.date({ error: "Use a date like 2024-06-05." }).nullable())
    .transform((value) => (value ? new Date(`${value}T00:00:00Z`) : null)),
});

export type RowCorrection = z.infer<typeof rowCorrectionSchema>;

export async function correctStagedRow(batchId: string, correction: RowCorrection): Promise<z.ZodError | null> {
  const staged = await db().importRow.findFirst({
    where: { batchId, rowNumber: correction.row, batch: { status: "PREVIEW" } },
  });
  if (!staged) throw new ImportStateError("This import was already confirmed or no longer exists.");
  const { row, ...fields } = correction;
  const parsed = normalizedArticleSchema.safeParse({ ...fromStaged(staged.article), ...fields });
  if (!parsed.success) return parsed.error;
  await db().importRow.update({
    where: { batchId_rowNumber: { batchId, rowNumber: row } },
    data: { article: toStaged(parsed.data) },
  });
  return null;
}

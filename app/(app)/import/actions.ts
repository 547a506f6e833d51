"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { fieldErrorsOf, type FormState } from "@/lib/forms";
import { confirmImport, ImportStateError } from "@/lib/import/batches/confirm-import";
import { correctStagedRow, rowCorrectionSchema } from "@/lib/import/batches/correct-staged-row";
import { eventChoiceSchema } from "@/lib/import/batches/schemas";
import { stageImport } from "@/lib/import/batches/stage-import";
import { blobChunks, MAX_FILE_BYTES, readImportSource, type ImportInput } from "@/lib/import/read-source";

const batchIdSchema = z.uuid();

const sourceFormSchema = z.discriminatedUnion("source", [
  z.object({ source: z.literal("paste"), text: z.string().trim().min(1, { error: "Paste the article's text." }) }),
  z.object({
    source: z.literal("url"),
    url: z.url({ protocol: /^https?$/, error: "Enter the page's full address, starting with https://." }),
  }),
  z.object({
    source: z.literal("feed-url"),
    url: z.url({ protocol: /^https?$/, error: "Enter the feed's full address, starting with https://." }),
    fetchFullPages: z.literal("on").optional(),
  }),
  z.object({
    source: z.literal("file"),
    file: z
      .instanceof(File, { error: "Choose a file to import." })
      .refine((file) => file.size > 0, { error: "The file is empty. Choose another file." })
      .refine((file) => file.size <= MAX_FILE_BYTES, {
        error: `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB. Split it into smaller files.`,
      }),
  }),
]);

export async function stageImportAction(_state: FormState, form: FormData): Promise<FormState> {
  const user = await requireRole(ACCESS.import, "/import");
  const parsed = sourceFormSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return fieldErrorsOf(parsed.error);
  const source = await readImportSource(toImportInput(parsed.data, user.role === "ADMIN"));
  if (source.result.rows.length === 0 && source.result.errors.length > 0 && source.result.errors[0].row === null) {
    return { error: source.result.errors[0].reason };
  }
  const batchId = await stageImport(source, user.id);
  redirect(`/import/${batchId}`);
}

// Only admins may fetch from private networks (e.g. an intranet CMS), so reviewers cannot probe it.
function toImportInput(data: z.infer<typeof sourceFormSchema>, allowPrivateNetwork: boolean): ImportInput {
  switch (data.source) {
    case "paste":
      return { kind: "paste", text: data.text };
    case "url":
      return { kind: "url", url: data.url, allowPrivateNetwork };
    case "feed-url":
      return { kind: "feed-url", url: data.url, allowPrivateNetwork, fetchFullPages: data.fetchFullPages === "on" };
    case "file":
      return {
        kind: "file",
        fileName: data.file.name,
        contentType: data.file.type || null,
        size: data.file.size,
        chunks: () => blobChunks(data.file),
      };
  }
}

export async function correctRowAction(batchId: string, _state: FormState, form: FormData): Promise<FormState> {
  await requireRole(ACCESS.import, `/import/${batchId}`);
  const correction = rowCorrectionSchema.safeParse(Object.fromEntries(form));
  if (!correction.success) return fieldErrorsOf(correction.error);
  try {
    const invalid = await correctStagedRow(batchIdSchema.parse(batchId), correction.data);
    if (invalid) return fieldErrorsOf(invalid);
  } catch (error) {
    if (error instanceof ImportStateError) return { error: error.message };
    throw error;
  }
  redirect(`/import/${batchId}`);
}

export async function confirmImportAction(batchId: string, _state: FormState, form: FormData): Promise<FormState> {
  const user = await requireRole(ACCESS.import, `/import/${batchId}`);
  const fields = Object.fromEntries(form);
  const choice = eventChoiceSchema.safeParse(
    fields.eventId ? { eventId: fields.eventId } : { newEventTitle: fields.newEventTitle },
  );
  if (!choice.success) return fieldErrorsOf(choice.error);
  try {
    await confirmImport(batchIdSchema.parse(batchId), choice.data, user.id);
  } catch (error) {
    if (error instanceof ImportStateError) return { error: error.message };
    throw error;
  }
  redirect(`/import/${batchId}`);
}

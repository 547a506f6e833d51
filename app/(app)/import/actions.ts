"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { fieldErrorsOf, formError, type FormState } from "@/lib/forms";
import { ImportStateError, UNKNOWN_IMPORT } from "@/lib/import/batches/batch-access";
import { confirmImport } from "@/lib/import/batches/confirm-import";
import { correctStagedRow, rowCorrectionSchema } from "@/lib/import/batches/correct-staged-row";
import { decideNewOutlets, outletDecisionsSchema } from "@/lib/import/batches/decide-new-outlets";
import { discardBatch } from "@/lib/import/batches/discard-batch";
import { eventChoiceSchema } from "@/lib/import/batches/schemas";
import { stageImport } from "@/lib/import/batches/stage-import";
import { readImportSource } from "@/lib/import/read-source";
import { importInputOf, sourceFormSchema } from "@/lib/import/source-form";

/** The batch id a bound action was given; a malformed one names no import (a refusal, not a server error). */
function batchIdOf(batchId: string): string {
  const parsed = z.uuid().safeParse(batchId);
  if (!parsed.success) throw new ImportStateError(UNKNOWN_IMPORT);
  return parsed.data;
}

export async function stageImportAction(_state: FormState, form: FormData): Promise<FormState> {
  const user = await requireRole(ACCESS.import, "/import");
  const parsed = sourceFormSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return fieldErrorsOf(parsed.error, form);
  const source = await readImportSource(importInputOf(parsed.data, user.role === "ADMIN"));
  const [first] = source.result.errors;
  if (source.result.rows.length === 0 && first?.row === null) return formError(first.reason, form);
  const batchId = await stageImport(source, user.id);
  redirect(`/import/${batchId}`);
}

export async function correctRowAction(batchId: string, _state: FormState, form: FormData): Promise<FormState> {
  const user = await requireRole(ACCESS.import, `/import/${batchId}`);
  const correction = rowCorrectionSchema.safeParse(Object.fromEntries(form));
  if (!correction.success) return fieldErrorsOf(correction.error, form);
  return changeBatch(form, batchId, async () => {
    const invalid = await correctStagedRow(batchIdOf(batchId), correction.data, user);
    return invalid && fieldErrorsOf(invalid, form);
  });
}

export async function decideOutletsAction(batchId: string, _state: FormState, form: FormData): Promise<FormState> {
  const user = await requireRole(ACCESS.import, `/import/${batchId}`);
  const decisions = outletDecisionsSchema.safeParse(outletDecisionsOf(form));
  if (!decisions.success) return fieldErrorsOf(decisions.error, form);
  return changeBatch(form, batchId, () => decideNewOutlets(batchIdOf(batchId), decisions.data, user));
}

export async function confirmImportAction(batchId: string, _state: FormState, form: FormData): Promise<FormState> {
  const user = await requireRole(ACCESS.import, `/import/${batchId}`);
  const fields = Object.fromEntries(form);
  const choice = fields.eventMode
    ? eventChoiceSchema.safeParse(
        fields.eventMode === "new" ? { newEventTitle: fields.newEventTitle } : { eventId: fields.eventId },
      )
    : null;
  if (choice && !choice.success) return fieldErrorsOf(choice.error, form);
  return changeBatch(form, batchId, () => confirmImport(batchIdOf(batchId), choice?.data ?? null, user));
}

export async function discardBatchAction(batchId: string): Promise<FormState> {
  const user = await requireRole(ACCESS.import, `/import/${batchId}`);
  try {
    await discardBatch(batchIdOf(batchId), user);
  } catch (error) {
    if (error instanceof ImportStateError) return { error: error.message };
    throw error;
  }
  redirect("/import?discarded=1");
}

/** Runs a change to a batch; a refusal the reviewer can act on comes back to the form, the rest reloads the page. */
async function changeBatch(form: FormData, batchId: string, change: () => Promise<unknown>): Promise<FormState> {
  try {
    const problem = await change();
    if (problem && typeof problem === "object" && "error" in problem) return problem as FormState;
  } catch (error) {
    if (error instanceof ImportStateError) return formError(error.message, form);
    throw error;
  }
  redirect(`/import/${batchId}`);
}

/** The outlet decisions form sends `name.N` and `choice.N` for each proposed outlet N, or `allNew`. */
function outletDecisionsOf(form: FormData) {
  const allNew = form.get("allNew") === "1";
  return [...form.keys()]
    .filter((key) => key.startsWith("name."))
    .map((key) => ({ name: form.get(key), choice: allNew ? "new" : form.get(`choice.${key.slice(5)}`) }))
    .filter((decision) => decision.choice);
}

"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { fieldErrorsOf, formError, type FormState } from "@/lib/forms";
import { mergeOutlets, OutletMergeError } from "@/lib/outlets/merge-outlets";
import { outletDetailsSchema } from "@/lib/outlets/schemas";
import { OutletConflictError, updateOutlet } from "@/lib/outlets/update-outlet";

export async function updateOutletAction(outletId: string, _state: FormState, form: FormData): Promise<FormState> {
  const admin = await requireRole(ACCESS.admin, `/admin/outlets/${outletId}`);
  const details = outletDetailsSchema.safeParse(Object.fromEntries(form));
  if (!details.success) return fieldErrorsOf(details.error, form);
  try {
    await updateOutlet(z.uuid().parse(outletId), details.data, admin.id);
  } catch (error) {
    if (error instanceof OutletConflictError)
      return formError(`${error.message} If they are the same outlet, merge one into the other below.`, form);
    throw error;
  }
  redirect("/admin");
}

const mergeSchema = z.object({
  targetId: z.uuid({ error: "Choose the outlet to merge into." }),
  confirmed: z.literal("on", { error: "Tick the box to confirm that this outlet will be removed." }),
});

export async function mergeOutletAction(sourceId: string, _state: FormState, form: FormData): Promise<FormState> {
  const admin = await requireRole(ACCESS.admin, `/admin/outlets/${sourceId}`);
  const input = mergeSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return fieldErrorsOf(input.error, form);
  let summary: URLSearchParams;
  try {
    const result = await mergeOutlets(z.uuid().parse(sourceId), input.data.targetId, admin.id);
    summary = new URLSearchParams({
      merged: result.sourceName,
      moved: String(result.movedArticles),
      dropped: String(result.droppedArticles.length),
    });
  } catch (error) {
    if (error instanceof OutletMergeError) return formError(error.message, form);
    throw error;
  }
  redirect(`/admin/outlets/${input.data.targetId}?${summary}`);
}

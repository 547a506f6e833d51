"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { fieldErrorsOf, type FormState } from "@/lib/forms";
import { outletDetailsSchema } from "@/lib/outlets/schemas";
import { OutletConflictError, updateOutlet } from "@/lib/outlets/update-outlet";

export async function updateOutletAction(outletId: string, _state: FormState, form: FormData): Promise<FormState> {
  const admin = await requireRole(ACCESS.admin, `/admin/outlets/${outletId}`);
  const details = outletDetailsSchema.safeParse(Object.fromEntries(form));
  if (!details.success) return fieldErrorsOf(details.error);
  try {
    await updateOutlet(z.uuid().parse(outletId), details.data, admin.id);
  } catch (error) {
    if (error instanceof OutletConflictError) return { error: error.message };
    throw error;
  }
  redirect("/admin");
}

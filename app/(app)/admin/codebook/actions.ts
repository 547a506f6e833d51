"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { PublishState } from "@/components/codebook/publish-state";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { CodebookError, StaleCodebookError } from "@/lib/codebook/codebook-error";
import { fieldErrorsByPath } from "@/lib/codebook/field-errors";
import { publishCodebookVersion } from "@/lib/codebook/publish-codebook-version";
import { publishInputSchema } from "@/lib/codebook/publish-input";
import { loadCodebookDraft } from "@/lib/codebook/queries/load-codebook-draft";

/** Publishes the admin's reviewed draft as the next version; a refusal comes back with what to fix. */
export async function publishCodebookAction(draft: unknown): Promise<PublishState> {
  const admin = await requireRole(ACCESS.codebook, "/admin/codebook");
  const input = publishInputSchema.safeParse(draft);
  if (!input.success)
    return {
      error: "Some fields need attention: they are marked in red.",
      fieldErrors: fieldErrorsByPath(input.error),
    };
  let version: number;
  try {
    ({ version } = await publishCodebookVersion(input.data, admin.id));
  } catch (error) {
    if (error instanceof StaleCodebookError) return { error: error.message, newer: (await loadCodebookDraft())! };
    if (error instanceof CodebookError) return { error: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
  revalidatePath("/admin/codebook");
  redirect(`/admin/codebook?published=${version}`);
}

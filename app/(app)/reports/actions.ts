"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { SaveState } from "@/components/reports/report-editor";
import type { ShareState } from "@/components/reports/share-links";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { fieldErrorsOf, formError, type FormState } from "@/lib/forms";
import { createReport } from "@/lib/reports/create-report";
import { deleteReport } from "@/lib/reports/delete-report";
import { publishReport } from "@/lib/reports/publish-report";
import { readReportForm } from "@/lib/reports/report-form";
import { ReportError } from "@/lib/reports/report-error";
import { revisionSchema } from "@/lib/reports/schemas";
import { createShareLink } from "@/lib/reports/share/create-share-link";
import { revokeShareLink } from "@/lib/reports/share/revoke-share-link";
import { shareLinkInputSchema } from "@/lib/reports/share/schemas";
import { updateReport } from "@/lib/reports/update-report";

async function editor(reportId: string) {
  const user = await requireRole(ACCESS.reports, `/reports/${encodeURIComponent(reportId)}`);
  return { user, id: z.uuid().parse(reportId) };
}

// A refused change (published meanwhile, changed in another tab) goes back to the form; anything else is a bug.
async function refusable<T>(form: FormData, write: () => Promise<T>): Promise<T | FormState> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ReportError) return formError(error.message, form);
    throw error;
  }
}

export async function createReportAction(_state: FormState, form: FormData): Promise<FormState> {
  const user = await requireRole(ACCESS.reports, "/reports");
  const eventId = z.uuid().parse(form.get("eventId"));
  const input = readReportForm(form);
  if (!input.success) return fieldErrorsOf(input.error, form);
  const id = await createReport(eventId, input.data, user.id);
  redirect(`/reports/${id}`);
}

export async function saveReportAction(reportId: string, _state: SaveState, form: FormData): Promise<SaveState> {
  const { user, id } = await editor(reportId);
  const revision = revisionSchema.parse(form.get("revision"));
  const input = readReportForm(form);
  if (!input.success) return fieldErrorsOf(input.error, form);
  const saved = await refusable(form, () => updateReport(id, revision, input.data, user.id));
  if (typeof saved !== "number") return saved;
  revalidatePath(`/reports/${id}`);
  return { savedAt: Date.now() };
}

export async function publishReportAction(reportId: string, _state: FormState, form: FormData): Promise<FormState> {
  const { user, id } = await editor(reportId);
  const revision = revisionSchema.parse(form.get("revision"));
  const refused = await refusable(form, async () => {
    await publishReport(id, revision, user.id);
    return null;
  });
  if (refused) return refused;
  revalidatePath("/reports");
  redirect(`/reports/${id}`);
}

export async function deleteReportAction(reportId: string, _state: FormState, form: FormData): Promise<FormState> {
  const { user, id } = await editor(reportId);
  const revision = revisionSchema.parse(form.get("revision"));
  const refused = await refusable(form, async () => {
    await deleteReport(id, revision, user.id);
    return null;
  });
  if (refused) return refused;
  revalidatePath("/reports");
  redirect("/reports");
}

export async function createShareLinkAction(reportId: string, _state: ShareState, form: FormData): Promise<ShareState> {
  const { user, id } = await editor(reportId);
  const input = shareLinkInputSchema.safeParse({
    label: form.get("label") ?? "",
    expiresAt: form.get("expiresAt") ?? "",
  });
  if (!input.success) return fieldErrorsOf(input.error, form);
  const token = await refusable(form, () => createShareLink(id, input.data, user.id));
  if (typeof token !== "string") return token;
  revalidatePath(`/reports/${id}`);
  return { path: `/shared/${token}` };
}

export async function revokeShareLinkAction(reportId: string, form: FormData): Promise<void> {
  const { user, id } = await editor(reportId);
  await revokeShareLink(id, z.uuid().parse(form.get("linkId")), user.id);
  revalidatePath(`/reports/${id}`);
}

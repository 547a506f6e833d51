"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { AssignState } from "@/components/assignments/assign-form";
import { assignArticlesSchema } from "@/lib/assignments/assign-input";
import { assignEventArticles } from "@/lib/assignments/assign-event-articles";
import { AssignmentError } from "@/lib/assignments/assignment-error";
import { unassignReviewer } from "@/lib/assignments/unassign-reviewer";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { fieldErrorsOf, formError, submittedValues, type FormState } from "@/lib/forms";

export async function assignArticlesAction(eventId: string, _state: AssignState, form: FormData): Promise<AssignState> {
  const editor = await requireRole(ACCESS.assignArticles, `/events/${encodeURIComponent(eventId)}`);
  const id = z.uuid().parse(eventId);
  // Ticked reviewers travel apart from `values`, which keeps one value per field name.
  const reviewerIds = form.getAll("reviewerIds").map(String);
  const input = assignArticlesSchema.safeParse({
    reviewerIds,
    perArticle: form.get("perArticle"),
    onlyUnassigned: form.get("onlyUnassigned") ?? undefined,
  });
  if (!input.success) return { ...fieldErrorsOf(input.error, form), reviewerIds };
  try {
    const outcome = await assignEventArticles(id, input.data, editor.id);
    revalidatePath(`/events/${id}`);
    return { outcome, reviewerIds, values: submittedValues(form) };
  } catch (error) {
    if (error instanceof AssignmentError) return { ...formError(error.message, form), reviewerIds };
    throw error;
  }
}

const unassignSchema = z.object({ articleId: z.uuid(), reviewerId: z.uuid() });

export async function unassignReviewerAction(eventId: string, _state: FormState, form: FormData): Promise<FormState> {
  const editor = await requireRole(ACCESS.assignArticles, `/events/${encodeURIComponent(eventId)}`);
  const id = z.uuid().parse(eventId);
  const { articleId, reviewerId } = unassignSchema.parse(Object.fromEntries(form));
  try {
    await unassignReviewer(articleId, reviewerId, editor.id);
    revalidatePath(`/events/${id}`);
    return {};
  } catch (error) {
    if (error instanceof AssignmentError) return { error: error.message };
    throw error;
  }
}

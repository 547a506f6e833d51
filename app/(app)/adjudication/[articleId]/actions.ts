"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { acceptTag } from "@/lib/adjudication/accept-tag";
import { addGoldTag } from "@/lib/adjudication/add-gold-tag";
import { AdjudicationError } from "@/lib/adjudication/adjudication-error";
import { completeAdjudication } from "@/lib/adjudication/complete-adjudication";
import { editIntoGold } from "@/lib/adjudication/edit-into-gold";
import { rejectTags } from "@/lib/adjudication/reject-tags";
import { removeGoldTag } from "@/lib/adjudication/remove-gold-tag";
import { reopenAdjudication } from "@/lib/adjudication/reopen-adjudication";
import { saveGoldForm } from "@/lib/adjudication/save-gold-form";
import {
  decisionInputSchema,
  goldEditInputSchema,
  goldTagInputSchema,
  tagsInputSchema,
} from "@/lib/adjudication/schemas";
import { startAdjudication } from "@/lib/adjudication/start-adjudication";
import { undoDecisions } from "@/lib/adjudication/undo-decisions";
import { articleFormInputSchema } from "@/lib/annotations/article-form/article-form-input";
import { tagInputSchema } from "@/lib/annotations/tag-input";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { fieldErrorsOf, formError, type FormState } from "@/lib/forms";
import type { ActionResult } from "@/components/tagging/types";
import { asAdjudicationResult } from "./adjudication-result";
import { goldFormInput } from "./gold-form-input";

// Actions are posted from an open adjudication page; a lapsed session signs in again and comes back to it.
const adjudicator = (articleId: string) =>
  requireRole(ACCESS.adjudicate, `/adjudication/${encodeURIComponent(articleId)}`);

/** The tag the page sent, placed in the route's article whatever it claimed. */
const inArticle = (articleId: string, tag: unknown) => ({ ...(tag as object), articleId });

type Result = Promise<ActionResult<void>>;

export async function startAdjudicationAction(articleId: string): Result {
  const user = await adjudicator(articleId);
  return asAdjudicationResult(articleId, () => startAdjudication(z.uuid().parse(articleId), user.id));
}

export async function acceptTagAction(articleId: string, annotationId: string): Result {
  const user = await adjudicator(articleId);
  return asAdjudicationResult(articleId, () =>
    acceptTag(decisionInputSchema.parse({ articleId, annotationId }), user.id),
  );
}

export async function editTagAction(articleId: string, annotationId: string, tag: unknown): Result {
  const user = await adjudicator(articleId);
  return asAdjudicationResult(articleId, () =>
    editIntoGold(goldEditInputSchema.parse({ annotationId, tag: inArticle(articleId, tag) }), user.id),
  );
}

export async function rejectTagsAction(articleId: string, annotationIds: string[]): Result {
  const user = await adjudicator(articleId);
  return asAdjudicationResult(articleId, () =>
    rejectTags(tagsInputSchema.parse({ articleId, annotationIds }), user.id),
  );
}

export async function undoDecisionsAction(articleId: string, annotationIds: string[]): Result {
  const user = await adjudicator(articleId);
  return asAdjudicationResult(articleId, () =>
    undoDecisions(tagsInputSchema.parse({ articleId, annotationIds }), user.id),
  );
}

export async function addGoldTagAction(articleId: string, tag: unknown): Result {
  const user = await adjudicator(articleId);
  return asAdjudicationResult(articleId, () => addGoldTag(tagInputSchema.parse(inArticle(articleId, tag)), user.id));
}

export async function removeGoldTagAction(articleId: string, goldTagId: string): Result {
  const user = await adjudicator(articleId);
  return asAdjudicationResult(articleId, () =>
    removeGoldTag(goldTagInputSchema.parse({ articleId, goldTagId }), user.id),
  );
}

export async function completeAdjudicationAction(articleId: string): Result {
  const user = await adjudicator(articleId);
  return asAdjudicationResult(articleId, () => completeAdjudication(z.uuid().parse(articleId), user.id));
}

export async function reopenAdjudicationAction(articleId: string): Result {
  const user = await adjudicator(articleId);
  return asAdjudicationResult(articleId, () => reopenAdjudication(z.uuid().parse(articleId), user.id));
}

export async function saveGoldFormAction(articleId: string, _state: FormState, form: FormData): Promise<FormState> {
  const user = await adjudicator(articleId);
  const input = articleFormInputSchema.safeParse(goldFormInput(z.uuid().parse(articleId), form));
  if (!input.success) return fieldErrorsOf(input.error, form);
  try {
    await saveGoldForm(input.data, user.id);
  } catch (error) {
    if (error instanceof AdjudicationError) return formError(error.message, form);
    throw error;
  }
  revalidatePath(`/adjudication/${articleId}`);
  return {};
}

"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { z } from "zod";
import { articleFormInputSchema } from "@/lib/annotations/article-form/article-form-input";
import { saveArticleForm } from "@/lib/annotations/article-form/save-article-form";
import { createTag } from "@/lib/annotations/create-tag";
import { deleteTag } from "@/lib/annotations/delete-tag";
import { findOwnArticleForm, type OwnArticleForm } from "@/lib/annotations/queries/own-article-form";
import { findWorkspaceTag, toWorkspaceTag, type WorkspaceTag } from "@/lib/annotations/queries/workspace-tag";
import { newTagInputSchema, tagEditSchema, tagInputSchema } from "@/lib/annotations/tag-input";
import { TaggingError } from "@/lib/annotations/tagging-error";
import { updateTag } from "@/lib/annotations/update-tag";
import { pickArticle } from "@/lib/assignments/pick-article";
import { submitArticle } from "@/lib/assignments/submit-article";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { acceptSuggestion } from "@/lib/suggestions-review/accept-suggestion";
import { rejectSuggestion } from "@/lib/suggestions-review/reject-suggestion";
import { restoreSuggestion } from "@/lib/suggestions-review/restore-suggestion";
import { suggestionKeySchema } from "@/lib/suggestions-review/suggestion-key";
import type { ActionResult } from "@/components/tagging/types";
import { asTagResult } from "./tag-result";

// Actions are posted from an open workspace; a lapsed session signs in again via the queue.
const reviewer = () => requireRole(ACCESS.tagging, "/tagging");

async function saved(tagId: string, reviewerId: string): Promise<WorkspaceTag> {
  const tag = await findWorkspaceTag(tagId, reviewerId);
  if (!tag) throw new TaggingError("This tag was deleted meanwhile (perhaps in another tab). Reload the article.");
  return tag;
}

// The guard runs inside asTagResult: it reads the user from the database, so an outage is answered as one.
export async function createTagAction(input: unknown): Promise<ActionResult<WorkspaceTag>> {
  return asTagResult(async () => {
    const user = await reviewer();
    // Answered from the write itself: reading the tag back cost two more queries per save under load.
    return toWorkspaceTag(await createTag(newTagInputSchema.parse(input), user.id), user.id);
  });
}

export async function updateTagAction(
  tagId: string,
  revision: number,
  input: unknown,
): Promise<ActionResult<WorkspaceTag>> {
  return asTagResult(async () => {
    const user = await reviewer();
    const edit = tagEditSchema.parse({ tagId, revision });
    return toWorkspaceTag(await updateTag(edit.tagId, edit.revision, tagInputSchema.parse(input), user.id), user.id);
  });
}

export async function deleteTagAction(tagId: string, revision: number) {
  return asTagResult(async () => {
    const user = await reviewer();
    const edit = tagEditSchema.parse({ tagId, revision });
    await deleteTag(edit.tagId, edit.revision, user.id);
  });
}

/** The tag as stored now, after an edit was refused as stale; null when it was deleted. */
export async function reloadTagAction(tagId: string): Promise<WorkspaceTag | null> {
  const user = await reviewer();
  const id = z.uuid().safeParse(tagId);
  return id.success ? findWorkspaceTag(id.data, user.id) : null; // a malformed id names no stored tag
}

export async function saveArticleFormAction(input: unknown): Promise<ActionResult<OwnArticleForm>> {
  return asTagResult(async () => {
    const user = await reviewer();
    const { primaryFrameId, headlineFrameId, tones, revision } = await saveArticleForm(
      articleFormInputSchema.parse(input),
      user.id,
    );
    return { primaryFrameId, headlineFrameId, tones, revision };
  });
}

/** The reviewer's form as stored now, after a save was refused (a stale tab); null if never saved. */
export async function reloadArticleFormAction(articleId: string): Promise<OwnArticleForm | null> {
  const user = await reviewer();
  const id = z.uuid().safeParse(articleId);
  return id.success ? findOwnArticleForm(id.data, user.id) : null;
}

export async function pickArticleAction(articleId: string): Promise<void> {
  const user = await reviewer();
  const id = z.uuid().safeParse(articleId);
  if (!id.success) notFound();
  await pickArticle(id.data, user.id);
  revalidatePath(`/tagging/${articleId}`);
}

export async function submitArticleAction(articleId: string): Promise<ActionResult<void>> {
  const result = await asTagResult(async () => {
    const user = await reviewer();
    await submitArticle(z.uuid().parse(articleId), user.id);
  });
  if (result.ok) revalidatePath(`/tagging/${articleId}`);
  return result;
}

const suggestionAnswer = z.object({ articleId: z.uuid(), key: suggestionKeySchema });
const acceptance = suggestionAnswer.extend({ tagId: z.uuid().optional() });

/**
 * Accepts a suggestion: the server recomputes it from its key and saves it as the reviewer's own tag, under the id
 * the workspace chose (so a second try finds the tag the first made).
 */
export async function acceptSuggestionAction(
  articleId: string,
  key: string,
  tagId?: string,
): Promise<ActionResult<WorkspaceTag>> {
  return asTagResult(async () => {
    const user = await reviewer();
    const answer = acceptance.parse({ articleId, key, tagId });
    return saved((await acceptSuggestion(answer.articleId, answer.key, user.id, answer.tagId)).id, user.id);
  });
}

export async function rejectSuggestionAction(articleId: string, key: string): Promise<ActionResult<void>> {
  return asTagResult(async () => {
    const user = await reviewer();
    const answer = suggestionAnswer.parse({ articleId, key });
    await rejectSuggestion(answer.articleId, answer.key, user.id);
  });
}

export async function restoreSuggestionAction(articleId: string, key: string): Promise<ActionResult<void>> {
  return asTagResult(async () => {
    const user = await reviewer();
    const answer = suggestionAnswer.parse({ articleId, key });
    await restoreSuggestion(answer.articleId, answer.key, user.id);
  });
}

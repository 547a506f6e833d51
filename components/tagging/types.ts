import type { CategoryInUse } from "@/lib/annotations/queries/categories-in-use";
import type { EventLinks } from "@/lib/annotations/queries/event-links";
import type { OwnArticleForm } from "@/lib/annotations/queries/own-article-form";
import type { WorkspaceTag } from "@/lib/annotations/queries/workspace-tag";

export type { CategoryInUse, EventLinks, OwnArticleForm, WorkspaceTag };
export type CategoryKind = CategoryInUse["kind"];

/** What a tag says, without the server's bookkeeping (id, revision, owner): what undo and redo replay. */
export type TagFields = Omit<WorkspaceTag, "id" | "revision" | "mine">;

export const tagFields = ({ id: _id, revision: _revision, mine: _mine, ...fields }: WorkspaceTag): TagFields => fields;

/** The article-level judgements as the reviewer edits them, without the stored revision. */
export type ArticleFormFields = Omit<OwnArticleForm, "revision">;

/**
 * A write's answer. A refusal says why; `retry` marks one that did not happen for a passing reason (the database
 * could not be reached), which the workspace tries again rather than giving up on.
 */
export type ActionResult<T> = { ok: true; value: T } | { ok: false; error: string; retry?: true };

/** The server actions the workspace writes through, handed down by the page (components never import routes). */
export interface TagActions {
  createTag(input: unknown): Promise<ActionResult<WorkspaceTag>>;
  updateTag(tagId: string, revision: number, input: unknown): Promise<ActionResult<WorkspaceTag>>;
  deleteTag(tagId: string, revision: number): Promise<ActionResult<void>>;
  reloadTag(tagId: string): Promise<WorkspaceTag | null>;
  submitArticle(articleId: string): Promise<ActionResult<void>>;
}

export interface ArticleFormActions {
  saveArticleForm(input: unknown): Promise<ActionResult<OwnArticleForm>>;
  /** The form as stored now, after a save was refused; null when the reviewer has never saved one. */
  reloadArticleForm(articleId: string): Promise<OwnArticleForm | null>;
}

export type WorkspaceActions = TagActions & ArticleFormActions;

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PickUpArticle } from "@/components/tagging/pick-up-article";
import { TaggingWorkspace } from "@/components/tagging/tagging-workspace";
import { WorkspaceHeader } from "@/components/tagging/workspace-header";
import { assignmentStatus } from "@/lib/annotations/queries/assignment-status";
import { categoriesInUse } from "@/lib/annotations/queries/categories-in-use";
import { eventLinks } from "@/lib/annotations/queries/event-links";
import { findOwnArticleForm } from "@/lib/annotations/queries/own-article-form";
import { findWorkspaceArticle } from "@/lib/annotations/queries/workspace-article";
import { workspaceTags } from "@/lib/annotations/queries/workspace-tag";
import { languageTag } from "@/lib/articles/language";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { offerSuggestions } from "@/lib/suggestions-review/offer-suggestions";
import {
  acceptSuggestionAction,
  createTagAction,
  deleteTagAction,
  pickArticleAction,
  reloadArticleFormAction,
  rejectSuggestionAction,
  reloadTagAction,
  restoreSuggestionAction,
  saveArticleFormAction,
  submitArticleAction,
  updateTagAction,
} from "./actions";

type Props = { params: Promise<{ articleId: string }> };

const ACTIONS = {
  createTag: createTagAction,
  updateTag: updateTagAction,
  deleteTag: deleteTagAction,
  reloadTag: reloadTagAction,
  submitArticle: submitArticleAction,
  saveArticleForm: saveArticleFormAction,
  reloadArticleForm: reloadArticleFormAction,
};

const SUGGESTION_ACTIONS = {
  acceptSuggestion: acceptSuggestionAction,
  rejectSuggestion: rejectSuggestionAction,
  restoreSuggestion: restoreSuggestionAction,
};

/** The article, or null for an id that is no article's (the layout has answered 404 for it). */
async function articleFor(articleId: string) {
  return z.uuid().safeParse(articleId).success ? findWorkspaceArticle(articleId) : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { articleId } = await props.params;
  await requireRole(ACCESS.tagging, `/tagging/${encodeURIComponent(articleId)}`);
  const article = await articleFor(articleId);
  return { title: article ? `Tagging: ${article.title}` : "Article not found" };
}

export default async function TaggingArticlePage(props: Props) {
  const { articleId } = await props.params;
  const user = await requireRole(ACCESS.tagging, `/tagging/${encodeURIComponent(articleId)}`);
  const article = await articleFor(articleId);
  if (!article) notFound();
  const status = await assignmentStatus(articleId, user.id);
  const lang = languageTag(article.language);
  if (status === "none")
    return (
      <>
        <WorkspaceHeader article={article} lang={lang} />
        <PickUpArticle body={article.bodyText} lang={lang} pickUp={pickArticleAction.bind(null, articleId)} />
      </>
    );
  const [categories, links, tags, form, suggestions] = await Promise.all([
    categoriesInUse(articleId, user.id),
    eventLinks(article.eventId),
    workspaceTags(articleId, user),
    findOwnArticleForm(articleId, user.id),
    offerSuggestions(articleId, user.id),
  ]);
  return (
    <>
      <WorkspaceHeader article={article} lang={lang} />
      {/* Submitting re-renders the page: a new key starts the workspace afresh, with the tags now visible. */}
      <TaggingWorkspace
        key={status}
        articleId={articleId}
        body={article.bodyText}
        lang={lang}
        categories={categories}
        links={links}
        initialTags={tags}
        initialForm={form}
        readOnly={status === "submitted"}
        actions={ACTIONS}
        suggestions={suggestions}
        suggestionActions={SUGGESTION_ACTIONS}
      />
    </>
  );
}

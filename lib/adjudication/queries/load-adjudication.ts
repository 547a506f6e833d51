import { eventLinks } from "../../annotations/queries/event-links.ts";
import { findWorkspaceArticle } from "../../annotations/queries/workspace-article.ts";
import { db } from "../../db/client.ts";
import { buildUnits } from "../compare/build-units.ts";
import { compareForms } from "../compare/compare-forms.ts";
import { goldCodebookVersion } from "../gold-codebook-version.ts";
import { findAdjudicationState } from "./find-adjudication-state.ts";
import { listArticleForms } from "./list-article-forms.ts";
import { listArticleReviewers } from "./list-article-reviewers.ts";
import { listGoldTags } from "./list-gold-tags.ts";
import { listReviewerTags } from "./list-reviewer-tags.ts";
import { listVersionCategories } from "./list-version-categories.ts";

/**
 * Everything the adjudication page shows of one article: the text, who reviewed it, their tags grouped into
 * compared units with the gold each became, their forms beside the gold form, and the codebook version and
 * event links gold tags are made with. Null for an article that does not exist.
 */
export async function loadAdjudication(articleId: string) {
  const [article, reviewers, tags, goldTags, forms, adjudication, versionId] = await Promise.all([
    findWorkspaceArticle(articleId),
    listArticleReviewers(articleId),
    listReviewerTags(db(), articleId),
    listGoldTags(db(), articleId),
    listArticleForms(articleId),
    findAdjudicationState(articleId),
    goldCodebookVersion(db(), articleId),
  ]);
  if (!article) return null;
  const [links, categories] = await Promise.all([eventLinks(article.eventId), listVersionCategories(versionId)]);
  const submitted = reviewers.filter((reviewer) => reviewer.submittedAt);
  const reviewerIds = submitted.map((reviewer) => reviewer.id);
  const actorIds = links.actors.map((actor) => actor.id);
  return {
    article,
    reviewers,
    ready: reviewers.length > 0 && submitted.length === reviewers.length,
    adjudication,
    ...buildUnits(reviewerIds, tags, goldTags),
    progress: { decided: tags.filter((tag) => tag.decision).length, total: tags.length },
    forms: { comparison: compareForms(reviewerIds, forms.reviewer, actorIds), gold: forms.gold },
    categories,
    links,
  };
}

export type AdjudicationView = NonNullable<Awaited<ReturnType<typeof loadAdjudication>>>;

import { groupCodedArticles } from "./coded-articles.ts";
import { measureArticleFields, type ArticleFieldAgreement } from "./measure-article-fields.ts";
import { measureAttributeAgreement, type AttributeRow } from "./measure-attribute-agreement.ts";
import { measureReviewerPairs, type ReviewerPairRow } from "./measure-reviewer-pairs.ts";
import { measureSpanAgreement, type SpanKindGroup } from "./measure-span-agreement.ts";
import { listCodedForms } from "./queries/list-coded-forms.ts";
import { listCodedTags } from "./queries/list-coded-tags.ts";
import { listCodedTones } from "./queries/list-coded-tones.ts";
import { listCoders } from "./queries/list-coders.ts";
import { listTagCategories } from "./queries/list-tag-categories.ts";
import { cachedForEvent } from "../analytics/cache/cached-for-event.ts";

export interface EventAgreement {
  /** Articles at least two reviewers have submitted: the only ones counted. */
  articles: number;
  reviewers: number;
  /** Coded articles with more than two reviewers; unitizing alpha reads their first two submissions. */
  beyondTwoReviewers: number;
  spans: SpanKindGroup[];
  attributes: AttributeRow[];
  articleFields: ArticleFieldAgreement;
  pairs: ReviewerPairRow[];
}

export const computeEventAgreement = cachedForEvent("computeEventAgreement", computeEventAgreementNow);

/**
 * Reviewer agreement on an event: five reads (coders, tags, forms, tones, categories), the statistics in
 * TypeScript since they need every unit's values rather than a count.
 */
async function computeEventAgreementNow(eventId: string): Promise<EventAgreement> {
  const [coders, tags, forms, tones, categories] = await Promise.all([
    listCoders(eventId),
    listCodedTags(eventId),
    listCodedForms(eventId),
    listCodedTones(eventId),
    listTagCategories(eventId),
  ]);
  const articles = groupCodedArticles(coders, tags);
  return {
    articles: articles.length,
    reviewers: new Set(coders.map((coder) => coder.reviewerId)).size,
    beyondTwoReviewers: articles.filter((article) => article.coders.length > 2).length,
    spans: measureSpanAgreement(articles, categories),
    attributes: measureAttributeAgreement(articles),
    articleFields: measureArticleFields(articles, forms, tones),
    pairs: measureReviewerPairs(articles, forms),
  };
}

import { categoriesInUse } from "../annotations/queries/categories-in-use.ts";
import { eventLinks } from "../annotations/queries/event-links.ts";
import { assignmentStatus } from "../annotations/queries/assignment-status.ts";
import { db } from "../db/client.ts";
import { activeLexicon } from "../lexicon/active-lexicon.ts";
import { suggest } from "../suggestions/suggest.ts";
import type { Suggestion } from "../suggestions/types.ts";
import { openSuggestions } from "./open-suggestions.ts";
import { suggestedTag, type SuggestedTag } from "./suggested-tag.ts";
import { suggestionKey } from "./suggestion-key.ts";

/** A suggestion as the workspace shows it: what it proposes, why, and the tag accepting it makes. */
export interface OfferedSuggestion {
  key: string;
  kind: Suggestion["kind"];
  rule: string;
  why: string;
  start: number;
  end: number;
  tag: SuggestedTag;
}

export interface ArticleSuggestions {
  offered: OfferedSuggestion[];
  /** The ones this reviewer turned down here, so they can take a rejection back. */
  rejected: OfferedSuggestion[];
}

const NONE: ArticleSuggestions = { offered: [], rejected: [] };

/**
 * The suggestions for a reviewer on an article they are tagging: computed from the body alone, the event's actors
 * with their aliases and the admins' lexicon (never from anyone's tags: tagging stays blind), under the codebook
 * version the reviewer tags with (a category it lacks is not suggested), without those their own tags of the
 * kind already answer. Nothing once submitted, or for an article not in their queue.
 */
export async function offerSuggestions(articleId: string, reviewerId: string): Promise<ArticleSuggestions> {
  const [article, status] = await Promise.all([
    db().article.findUnique({ where: { id: articleId }, select: { bodyText: true, eventId: true } }),
    assignmentStatus(articleId, reviewerId),
  ]);
  if (!article || status !== "open") return NONE;
  const [categories, links, lexicon, tags, rejections] = await Promise.all([
    categoriesInUse(articleId, reviewerId),
    eventLinks(article.eventId),
    activeLexicon(),
    db().annotation.findMany({
      where: { articleId, reviewerId, layer: "REVIEWER" },
      select: { startOffset: true, endOffset: true, category: { select: { kind: true } } },
    }),
    db().suggestionRejection.findMany({ where: { articleId, reviewerId }, select: { key: true } }),
  ]);
  const byCode = new Map(categories.map((category) => [category.code, category]));
  const all = suggest(article.bodyText, { actors: links.actors, extraLexicon: lexicon }).flatMap((suggestion) => {
    const category = byCode.get(suggestion.category);
    return category ? [offered(suggestion, suggestedTag(suggestion, category))] : [];
  });
  const rejected = new Set(rejections.map((rejection) => rejection.key));
  const open = openSuggestions(
    all,
    tags.map((tag) => ({ ...tag, kind: tag.category.kind })),
  );
  return {
    offered: open.filter((suggestion) => !rejected.has(suggestion.key)),
    rejected: open.filter((suggestion) => rejected.has(suggestion.key)),
  };
}

function offered(suggestion: Suggestion, tag: SuggestedTag): OfferedSuggestion {
  const { kind, rule, why, start, end } = suggestion;
  return { key: suggestionKey(suggestion), kind, rule, why, start, end, tag };
}

import type { CodedTagRow } from "./queries/list-coded-tags.ts";
import type { CoderRow } from "./queries/list-coders.ts";

export interface Coder {
  id: string;
  name: string;
}

/** An article at least two reviewers have submitted, with every submitted reviewer's tags. */
export interface CodedArticle {
  id: string;
  /** Body length in UTF-16 code units, like tag offsets. */
  length: number;
  /** In the order they submitted. */
  coders: Coder[];
  tagsByCoder: Map<string, CodedTagRow[]>;
}

/** Groups the rows of listCoders and listCodedTags by article, keeping the coders' order. */
export function groupCodedArticles(coders: readonly CoderRow[], tags: readonly CodedTagRow[]): CodedArticle[] {
  const articles = new Map<string, CodedArticle>();
  for (const row of coders) {
    const article: CodedArticle = articles.get(row.articleId) ?? {
      id: row.articleId,
      length: row.length,
      coders: [],
      tagsByCoder: new Map(),
    };
    article.coders.push({ id: row.reviewerId, name: row.reviewerName });
    article.tagsByCoder.set(row.reviewerId, []);
    articles.set(row.articleId, article);
  }
  for (const tag of tags) articles.get(tag.articleId)?.tagsByCoder.get(tag.reviewerId)?.push(tag);
  return [...articles.values()];
}

/** Every pair of an article's coders, each once, in submission order. */
export function coderPairs(article: CodedArticle): [Coder, Coder][] {
  return article.coders.flatMap((a, i) => article.coders.slice(i + 1).map((b): [Coder, Coder] => [a, b]));
}

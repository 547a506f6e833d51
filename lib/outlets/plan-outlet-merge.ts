import { db } from "../db/client.ts";
import { findMergeDuplicates } from "./find-merge-duplicates.ts";

interface ArticleRef {
  id: string;
  title: string;
}

/** What merging the source into the target would do, for the admin to read before confirming. */
export interface OutletMergePlan {
  movingArticles: number;
  /** Source articles the target already has, untagged: merging deletes them. */
  droppedArticles: ArticleRef[];
  /** Source articles the target already has, with reviewers' tags: they stop the merge. */
  taggedDuplicates: ArticleRef[];
}

export async function planOutletMerge(sourceId: string, targetId: string): Promise<OutletMergePlan> {
  const [articles, duplicates] = await Promise.all([
    db().article.count({ where: { outletId: sourceId } }),
    findMergeDuplicates(db(), sourceId, targetId),
  ]);
  const refs = (tagged: boolean) =>
    duplicates.filter((duplicate) => duplicate.tagCount > 0 === tagged).map(({ id, title }) => ({ id, title }));
  return { movingArticles: articles - duplicates.length, droppedArticles: refs(false), taggedDuplicates: refs(true) };
}

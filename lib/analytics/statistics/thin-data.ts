/** Below these, a cell's number is marked as too thin to trust: one article more or less can swing it. */
export const THIN_ARTICLES = 3;
export const THIN_TAGS = 10;

/** Whether a cell rests on fewer than 3 articles or 10 (weighted) tags. */
export function isThin(cell: { articles: number; tags: number }): boolean {
  return cell.articles < THIN_ARTICLES || cell.tags < THIN_TAGS;
}

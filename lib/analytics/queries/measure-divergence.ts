import type { CompareFilters } from "../filters.ts";
import { roundWeight } from "../chart-n.ts";
import { clusterOrder } from "../statistics/cluster-order.ts";
import { jensenShannonDistance } from "../statistics/jensen-shannon.ts";
import { isThin } from "../statistics/thin-data.ts";
import { listArticleMixes, type Mix } from "./list-article-mixes.ts";
import { cachedForEvent } from "../cache/cached-for-event.ts";

export interface DivergenceOutlet {
  outletId: string;
  tags: number;
  articles: number;
  thin: boolean;
}

export interface Divergence {
  mix: Mix;
  /** Outlets with tags in the mix, ordered so that similar ones sit together. */
  outlets: DivergenceOutlet[];
  /** distances[i][j]: Jensen–Shannon distance (base 2, 0 … 1) between outlets i and j of `outlets`. */
  distances: number[][];
}

export const measureDivergence = cachedForEvent("measureDivergence", measureDivergenceNow);

/**
 * How far apart outlets' mixes are: the Jensen–Shannon distance between every two outlets' distributions of
 * weighted tags over the mix's categories, with the outlets in average-linkage cluster order.
 */
async function measureDivergenceNow(eventId: string, filters: CompareFilters, mix: Mix): Promise<Divergence> {
  const rows = await listArticleMixes(eventId, filters, mix);
  const keys = [...new Set(rows.map((row) => row.key))].sort();
  const vectors = new Map<string, { counts: number[]; articles: Set<string> }>();
  for (const row of rows) {
    const outlet = vectors.get(row.outletId) ?? { counts: keys.map(() => 0), articles: new Set<string>() };
    outlet.counts[keys.indexOf(row.key)] += row.tags;
    outlet.articles.add(row.articleId);
    vectors.set(row.outletId, outlet);
  }
  const ids = [...vectors.keys()];
  const all = ids.map((a) =>
    ids.map((b) => jensenShannonDistance(vectors.get(a)!.counts, vectors.get(b)!.counts) ?? 0),
  );
  const order = clusterOrder(all);
  return {
    mix,
    outlets: order.map((index) => {
      const { counts, articles } = vectors.get(ids[index])!;
      const tags = roundWeight(counts.reduce((sum, value) => sum + value, 0));
      return { outletId: ids[index], tags, articles: articles.size, thin: isThin({ articles: articles.size, tags }) };
    }),
    distances: order.map((i) => order.map((j) => all[i][j])),
  };
}

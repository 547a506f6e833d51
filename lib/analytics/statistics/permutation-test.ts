import { seededRandom } from "./seeded-random.ts";
import { holmAdjust } from "./holm.ts";

/** One article's weighted tags over the categories of a mix (frames, actors): its group is its outlet. */
export interface MixArticle {
  group: string;
  /** Category key → weighted tags. */
  counts: Record<string, number>;
}

export interface GroupDifference {
  group: string;
  /** Articles of the group with at least one tag in the mix: the units permuted. */
  articles: number;
  /** Pearson's χ² of the 2 × K table (this group against the rest, weighted tags per category). */
  statistic: number;
  /** Cramér's V of that table, √(χ² / N): 0 the same mix as the rest, 1 no category in common. */
  cramersV: number;
  /** Share of permutations with a χ² at least as large as observed, counting the observed one. */
  p: number;
  /** p after Holm's adjustment over all groups tested. */
  pAdjusted: number;
  /** The category whose share differs most from the rest's, with both shares. */
  largestGap: { key: string; share: number; restShare: number } | null;
}

export const PERMUTATIONS = 2000;
export const PERMUTATION_SEED = 20_260_412;

/**
 * Does each group's mix differ from the rest's more than chance would make it? A permutation test over articles:
 * the outlet labels are shuffled among the articles (tags within an article stay together, as they are not
 * independent), each group's χ² against the rest is recomputed for every shuffle, and p is the share of shuffles
 * at least as extreme, (1 + #{χ²* ≥ χ²}) / (1 + permutations). χ² on weighted counts is used only as the
 * statistic, so no χ² distribution is assumed. Seeded: the same data gives the same p.
 */
export function testGroupDifferences(
  articles: readonly MixArticle[],
  options: { permutations?: number; seed?: number } = {},
): GroupDifference[] {
  const { permutations = PERMUTATIONS, seed = PERMUTATION_SEED } = options;
  const units = articles.filter((article) => Object.values(article.counts).some((value) => value > 0));
  const groups = [...new Set(units.map((unit) => unit.group))];
  if (groups.length < 2) return [];
  const table = encode(units, groups);
  const observed = statistics(table, table.labels);
  const atLeast = new Array<number>(groups.length).fill(0);
  const random = seededRandom(seed);
  const labels = Int32Array.from(table.labels);
  for (let round = 0; round < permutations; round += 1) {
    shuffle(labels, random);
    const shuffled = statistics(table, labels);
    for (let g = 0; g < groups.length; g += 1) if (shuffled[g] >= observed[g] - 1e-9) atLeast[g] += 1;
  }
  const p = atLeast.map((count) => (count + 1) / (permutations + 1));
  const adjusted = holmAdjust(p);
  return groups.map((group, g) => ({
    group,
    articles: table.labels.filter((label) => label === g).length,
    statistic: observed[g],
    cramersV: table.total > 0 ? Math.sqrt(observed[g] / table.total) : 0,
    p: p[g],
    pAdjusted: adjusted[g],
    largestGap: largestGap(table, g),
  }));
}

interface Table {
  keys: string[];
  groupCount: number;
  /** Scratch space for one labelling's weighted tags per group and category, reused by every permutation. */
  sums: Float64Array;
  /** Each article's group index. */
  labels: Int32Array;
  /** Non-zero cells: article, category, weight. */
  cellArticle: Int32Array;
  cellKey: Int32Array;
  cellWeight: Float64Array;
  columnTotals: Float64Array;
  total: number;
}

function encode(units: readonly MixArticle[], groups: string[]): Table {
  const keys = [...new Set(units.flatMap((unit) => Object.keys(unit.counts)))].sort();
  const cells = units.flatMap((unit, article) =>
    Object.entries(unit.counts)
      .filter(([, weight]) => weight > 0)
      .map(([key, weight]) => ({ article, key: keys.indexOf(key), weight })),
  );
  const columnTotals = new Float64Array(keys.length);
  for (const cell of cells) columnTotals[cell.key] += cell.weight;
  return {
    keys,
    groupCount: groups.length,
    sums: new Float64Array(groups.length * keys.length),
    labels: Int32Array.from(units.map((unit) => groups.indexOf(unit.group))),
    cellArticle: Int32Array.from(cells.map((cell) => cell.article)),
    cellKey: Int32Array.from(cells.map((cell) => cell.key)),
    cellWeight: Float64Array.from(cells.map((cell) => cell.weight)),
    columnTotals,
    total: cells.reduce((sum, cell) => sum + cell.weight, 0),
  };
}

// Each group's χ² against all other groups pooled, under the given article labels. Every group has an article,
// so the labels (shuffled or not) always number groups 0 … groupCount − 1.
function statistics(table: Table, labels: Int32Array): number[] {
  const groupCount = table.groupCount;
  const k = table.keys.length;
  const sums = table.sums.fill(0);
  for (let c = 0; c < table.cellArticle.length; c += 1)
    sums[labels[table.cellArticle[c]] * k + table.cellKey[c]] += table.cellWeight[c];
  const result: number[] = [];
  for (let g = 0; g < groupCount; g += 1) {
    let rowTotal = 0;
    for (let j = 0; j < k; j += 1) rowTotal += sums[g * k + j];
    const restTotal = table.total - rowTotal;
    let chi = 0;
    if (rowTotal > 0 && restTotal > 0)
      for (let j = 0; j < k; j += 1) {
        const column = table.columnTotals[j];
        const expected = (rowTotal * column) / table.total;
        const restExpected = (restTotal * column) / table.total;
        const observed = sums[g * k + j];
        chi += (observed - expected) ** 2 / expected + (column - observed - restExpected) ** 2 / restExpected;
      }
    result.push(chi);
  }
  return result;
}

function shuffle(values: Int32Array, random: () => number): void {
  for (let i = values.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [values[i], values[j]] = [values[j], values[i]];
  }
}

function largestGap(table: Table, group: number): GroupDifference["largestGap"] {
  const own = new Float64Array(table.keys.length);
  for (let c = 0; c < table.cellArticle.length; c += 1)
    if (table.labels[table.cellArticle[c]] === group) own[table.cellKey[c]] += table.cellWeight[c];
  const ownTotal = own.reduce((sum, value) => sum + value, 0);
  const restTotal = table.total - ownTotal;
  if (!(ownTotal > 0) || !(restTotal > 0)) return null;
  let best: GroupDifference["largestGap"] = null;
  table.keys.forEach((key, j) => {
    const share = own[j] / ownTotal;
    const restShare = (table.columnTotals[j] - own[j]) / restTotal;
    if (!best || Math.abs(share - restShare) > Math.abs(best.share - best.restShare)) best = { key, share, restShare };
  });
  return best;
}

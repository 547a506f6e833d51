/**
 * The items of `after` that changed place relative to the others present in both lists: everything outside
 * one longest run that kept its relative order. Items added or removed elsewhere do not count as moves.
 */
export function movedItems(before: readonly string[], after: readonly string[]): string[] {
  const rank = new Map(before.map((item, index) => [item, index]));
  const common = after.filter((item) => rank.has(item));
  const kept = new Set(longestIncreasingRun(common.map((item) => rank.get(item)!)).map((index) => common[index]));
  return common.filter((item) => !kept.has(item));
}

// Patience sorting: O(n log n), returning the indexes into `values` of one longest strictly increasing subsequence.
function longestIncreasingRun(values: number[]): number[] {
  const tails: number[] = [];
  const previous: number[] = [];
  for (const [index, value] of values.entries()) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (values[tails[middle]!]! < value) low = middle + 1;
      else high = middle;
    }
    previous[index] = low > 0 ? tails[low - 1]! : -1;
    tails[low] = index;
  }
  const run: number[] = [];
  for (let index = tails.at(-1) ?? -1; index >= 0; index = previous[index]!) run.unshift(index);
  return run;
}

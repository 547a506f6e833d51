import type { Token } from "./tokenize.ts";

/** The index of the first token that ends after `offset` (the token holding it, or the next one). */
export function tokenAt(tokens: Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

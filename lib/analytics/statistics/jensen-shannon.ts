/**
 * The Jensen–Shannon distance between two distributions given as non-negative weights over the same categories
 * (normalised here): the square root of the Jensen–Shannon divergence with base-2 logarithms, so 0 for identical
 * mixes and 1 for mixes with no category in common. Unlike the divergence, the distance is a metric. Null when
 * either side has no weight.
 */
export function jensenShannonDistance(p: readonly number[], q: readonly number[]): number | null {
  const pTotal = p.reduce((sum, value) => sum + value, 0);
  const qTotal = q.reduce((sum, value) => sum + value, 0);
  if (!(pTotal > 0) || !(qTotal > 0)) return null;
  let divergence = 0;
  for (let i = 0; i < Math.max(p.length, q.length); i += 1) {
    const a = (p[i] ?? 0) / pTotal;
    const b = (q[i] ?? 0) / qTotal;
    const middle = (a + b) / 2;
    if (a > 0) divergence += (a / 2) * Math.log2(a / middle);
    if (b > 0) divergence += (b / 2) * Math.log2(b / middle);
  }
  // Rounding can leave a hair below 0 or above 1.
  return Math.sqrt(Math.min(Math.max(divergence, 0), 1));
}

/**
 * Holm's step-down adjustment of p-values for testing several hypotheses at once (here: each outlet against the
 * rest): the i-th smallest p is multiplied by (m − i + 1), and adjusted values are kept non-decreasing and ≤ 1.
 * It controls the chance of any false "differs" across all outlets. Returns the adjusted values in input order.
 */
export function holmAdjust(pValues: readonly number[]): number[] {
  const m = pValues.length;
  const order = pValues.map((p, index) => ({ p, index })).sort((a, b) => a.p - b.p || a.index - b.index);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(({ p, index }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[index] = running;
  });
  return adjusted;
}

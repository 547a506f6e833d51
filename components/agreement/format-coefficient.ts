/** A coefficient to three decimals, as reliability figures are reported ("0.743", "−0.120"); "—" when undefined. */
export function formatCoefficient(value: number | null): string {
  if (value === null) return "—";
  const fixed = Math.abs(value).toFixed(3);
  return value < 0 && fixed !== "0.000" ? `−${fixed}` : fixed;
}

// Okabe–Ito and Tableau hues, distinguishable for most colour-blind readers; past twelve outlets the hues
// continue by the golden angle so neighbours in the stack still differ.
const PALETTE = [
  "#2456c9",
  "#e69f00",
  "#009e73",
  "#cc79a7",
  "#56b4e9",
  "#d55e00",
  "#7a5195",
  "#8c6d31",
  "#0072b2",
  "#b8a000",
  "#4d9221",
  "#c51b7d",
];

export function outletColor(index: number): string {
  return PALETTE[index] ?? `hsl(${Math.round((index * 137.508) % 360)} 55% 42%)`;
}

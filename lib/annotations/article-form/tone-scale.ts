/** The tone a reviewer gives an article toward one actor, from −2 (hostile) through 0 (neutral) to +2. */
export const TONE_SCALE = [
  { tone: -2, label: "Hostile" },
  { tone: -1, label: "Critical" },
  { tone: 0, label: "Neutral" },
  { tone: 1, label: "Sympathetic" },
  { tone: 2, label: "Favourable" },
] as const;

/** A tone as the scale writes it: a true minus sign, and a plus on the favourable side. */
export function toneFigure(tone: number): string {
  return tone > 0 ? `+${tone}` : tone < 0 ? `−${-tone}` : "0";
}

/** A weighted count: whole numbers as they are, halves and thirds to one decimal ("2", "0.5", "1.3"). */
export function formatWeight(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** A share as a whole percentage; under 1% but not zero says so rather than "0%". */
export function formatShare(share: number | null): string {
  if (share === null) return "—";
  if (share > 0 && share < 0.005) return "<1%";
  return `${Math.round(share * 100)}%`;
}

/** Splits a label into at most two lines of about `width` characters, for an axis tick; longer ones end in "…". */
export function tickLines(label: string, width = 16): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  if (lines.length <= 2) return lines.map((text) => clip(text, width));
  return [clip(lines[0], width), clip(`${lines[1]}…`, width)];
}

function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/** A weighted count with its noun: "1 attribution", "2.5 attributions". */
export function countOf(value: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatWeight(value)} ${value === 1 ? singular : pluralForm}`;
}

/** A rate per 1,000 words: one decimal below 10 ("0.4", "6.0"), whole numbers above. */
export function formatDensity(value: number | null): string {
  if (value === null) return "—";
  return value < 10 ? value.toFixed(1) : String(Math.round(value));
}

/** A position on the −2 … +2 tone scale with its sign ("+1.3", "−0.5", "0.0"). */
export function formatTone(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return "0.0";
  return `${rounded > 0 ? "+" : "−"}${Math.abs(rounded).toFixed(1)}`;
}

/** A round upper bound for an axis: 1, 2 or 5 times a power of ten, at least `value`. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((step) => step * power).find((bound) => bound >= value - 1e-9) ?? 10 * power;
}

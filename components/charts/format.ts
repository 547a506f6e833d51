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

import { z } from "zod";

/** One line of text with runs of spaces (and pasted line breaks) collapsed, as names and labels are shown. */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function requiredLine(max: number, messages: { empty: string; tooLong: string }) {
  return z
    .string()
    .transform(singleLine)
    .pipe(z.string().min(1, { error: messages.empty }).max(max, { error: messages.tooLong }));
}

/** Keeps the first spelling of each entry (case ignored) and drops those that only repeat `name`. */
export function distinctFrom(name: string, entries: string[]): string[] {
  const seen = new Set([name.toLowerCase()]);
  return entries.filter((entry) => {
    const key = entry.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

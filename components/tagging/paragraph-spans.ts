import type { TextSpan } from "@/lib/annotations/text/span";

// The same paragraphs as lib/articles/paragraphs.ts cuts, kept as offsets so tags can point into them.
const BLANK_LINE = /\n[^\S\n]*\n\s*/g;

/** Where each paragraph of the body lies: the text between blank lines, without edge whitespace. */
export function paragraphSpans(body: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  for (const separator of body.matchAll(BLANK_LINE)) {
    pushTrimmed(body, start, separator.index, spans);
    start = separator.index + separator[0].length;
  }
  pushTrimmed(body, start, body.length, spans);
  return spans;
}

function pushTrimmed(body: string, start: number, end: number, spans: TextSpan[]) {
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /\s/.test(body[end - 1])) end--;
  if (start < end) spans.push({ start, end });
}

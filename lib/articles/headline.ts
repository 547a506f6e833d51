/** Control characters never survive an import, so these cannot be confused with the text they mark. */
export const HEADLINE_MARKS = { start: "\u0002", stop: "\u0003" } as const;
export interface HeadlinePart {
  text: string;
  match: boolean;
}

/** A ts_headline snippet as text parts, the matched words flagged, for rendering without raw HTML. */
export function headlineParts(snippet: string): HeadlinePart[] {
  const parts: HeadlinePart[] = [];
  for (const [index, piece] of snippet.split(HEADLINE_MARKS.start).entries()) {
    const [matched, rest] = index === 0 ? [null, piece] : splitOnce(piece, HEADLINE_MARKS.stop);
    if (matched) parts.push({ text: matched, match: true });
    if (rest) parts.push({ text: rest, match: false });
  }
  return parts;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, ""] : [text.slice(0, at), text.slice(at + separator.length)];
}

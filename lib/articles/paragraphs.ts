/** A stored body's paragraphs: the text between blank lines (single line breaks stay inside a paragraph). */
export function paragraphsOf(bodyText: string): string[] {
  return bodyText
    .split(/\n[^\S\n]*\n\s*/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

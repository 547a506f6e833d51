/**
 * Reconciles the page's rendered text (Readability plus cleanup) with the publisher's JSON-LD copy of the
 * article. The JSON-LD copy is often a teaser, sometimes stale or padded, so the page text wins unless it
 * plainly missed the story: a paywall that shows only the lede, or a layout Readability misread.
 */

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of `part`'s words that also occur in `whole`, counted as multisets. */
function containment(part: readonly string[], whole: readonly string[]): number {
  if (part.length === 0) return 0;
  const available = new Map<string, number>();
  for (const word of whole) available.set(word, (available.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of part) {
    const left = available.get(word) ?? 0;
    if (left === 0) continue;
    shared += 1;
    available.set(word, left - 1);
  }
  return shared / part.length;
}

/** Below this a JSON-LD body is a teaser ("The first 500 characters…"), not the article. */
const MIN_JSON_LD_WORDS = 150;
/** Page text covering less of a full JSON-LD body than this picked the wrong part of the page. */
const MISSED_STORY_COVERAGE = 0.5;

export function chooseBody(pageParagraphs: readonly string[], jsonLdParagraphs: readonly string[]): readonly string[] {
  if (pageParagraphs.length === 0) return jsonLdParagraphs;
  const jsonLdWords = words(jsonLdParagraphs.join(" "));
  if (jsonLdWords.length < MIN_JSON_LD_WORDS) return pageParagraphs;
  return containment(jsonLdWords, words(pageParagraphs.join(" "))) < MISSED_STORY_COVERAGE
    ? jsonLdParagraphs
    : pageParagraphs;
}

import { containment, words } from "./word-overlap.ts";

/**
 * Reconciles the page's rendered text (Readability plus cleanup) with the publisher's JSON-LD copy of the
 * article. The JSON-LD copy is often a teaser, sometimes stale or padded, so the page text wins unless it
 * plainly missed the story: a paywall that shows only the lede, or a layout Readability misread.
 */

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

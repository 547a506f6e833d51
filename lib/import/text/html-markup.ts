const HTML_DOCUMENT = /<!doctype\s+html|<html[\s>]/i;
/**
 * Only tag names of real HTML, so "a < b" or "<3" in an article never counts as markup. Attributes stop at
 * "<" so that text full of unclosed tags is scanned in linear time.
 */
const HTML_TAG =
  /<\/?(?:html|head|body|p|div|span|a|br|hr|img|script|style|iframe|noscript|h[1-6]|ul|ol|li|table|tr|td|th|article|section|header|footer|nav|main|aside|meta|link|strong|em|b|i|u|blockquote|figure|figcaption|pre|code)(?:\s[^<>]*)?\/?>/i;

/** The first HTML tag in the text, such as "<p>", or null when it has none. */
export function findHtmlMarkup(text: string): string | null {
  return HTML_DOCUMENT.exec(text)?.[0] ?? HTML_TAG.exec(text)?.[0] ?? null;
}

const VOID_ELEMENTS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "keygen",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

/** Elements whose end tag HTML lets authors omit; counting them would see sloppy but flat HTML as deep. */
const OPTIONAL_END_ELEMENTS = new Set([
  "p",
  "li",
  "dt",
  "dd",
  "tr",
  "td",
  "th",
  "option",
  "optgroup",
  "thead",
  "tbody",
  "tfoot",
  "colgroup",
  "rb",
  "rt",
  "rtc",
  "rp",
]);

/** Only the tag's start: matching up to ">" would backtrack quadratically on input full of unclosed "<p". */
const TAG_START = /<(\/?)([a-zA-Z][\w:-]*)/g;

/**
 * How deeply the tags of an HTML fragment nest, from a linear scan of its tags without building a tree.
 * It may overestimate (tags in comments or attribute values count, and "<x/>" counts as an open x, as
 * the HTML parser itself opens it) but does not underestimate what a parser builds from explicit tags,
 * which is what matters for keeping hostile input away from a parser that is slow on it.
 */
export function tagNestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name] of html.matchAll(TAG_START)) {
    const tag = name.toLowerCase();
    if (VOID_ELEMENTS.has(tag) || OPTIONAL_END_ELEMENTS.has(tag)) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

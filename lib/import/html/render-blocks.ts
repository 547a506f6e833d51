/** One paragraph-like run of text as a reader sees it, with what the boilerplate filter needs to judge it. */
export interface TextBlock {
  /** Whitespace collapsed as a browser renders it; `<br>` and `<pre>` line breaks kept as "\n". */
  text: string;
  /** Characters of `text` that sit inside links: navigation and "read more" lists are mostly link text. */
  linkCharacters: number;
  /** The nearest block-level element the text belongs to, for tag and class hints. */
  element: Element;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements that start a new block when rendered, like a browser's default `display: block` (and list items, rows). */
const BLOCK_TAGS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "ul",
]);

/** Elements whose content is never article text: code, embedded documents, form controls, media. */
const SKIPPED_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "svg",
  "math",
  "canvas",
  "video",
  "audio",
  "picture",
  "img",
  "button",
  "input",
  "select",
  "option",
  "textarea",
  "head",
  "title",
  "meta",
  "link",
]);

const CELL_TAGS = new Set(["td", "th"]);

function isHidden(element: Element): boolean {
  if (element.hasAttribute("hidden")) return true;
  const style = element.getAttribute("style") ?? "";
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Collapses HTML whitespace (and no-break spaces, which pages use for layout) to single spaces. */
function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f\u00a0]+/g, " ");
}

/** Zero-width characters pages use as spacers; a line of only these shows nothing. */
const VISIBLE_CHARACTER = /[^\s\u200b-\u200d\u2060\ufeff]/u;

function tidyLines(raw: string): string {
  return raw
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => VISIBLE_CHARACTER.test(line))
    .join("\n");
}

/**
 * Renders an element's visible text block by block. Readability's `textContent` glues the last word of one
 * paragraph to the first of the next; rendering blocks separately keeps paragraph boundaries, and gives
 * the boilerplate filter units it can judge one at a time.
 */
export function renderBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  let pending = "";
  let pendingLinkCharacters = 0;
  let pendingOwner: Element = root;

  const flush = () => {
    const text = tidyLines(pending);
    if (text)
      blocks.push({ text, linkCharacters: Math.min(pendingLinkCharacters, text.length), element: pendingOwner });
    pending = "";
    pendingLinkCharacters = 0;
  };

  const visit = (node: Node, owner: Element, insideLink: boolean, insidePre: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      const raw = node.nodeValue ?? "";
      const text = insidePre ? raw.replace(/\r\n?/g, "\n").replace(/[ \t\f\u00a0]+/g, " ") : collapseWhitespace(raw);
      pending += text;
      if (insideLink) pendingLinkCharacters += text.trim().length;
      pendingOwner = owner;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.localName;
    if (SKIPPED_TAGS.has(tag) || isHidden(element)) return;
    if (tag === "br") {
      pending += "\n";
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    for (const child of Array.from(element.childNodes)) {
      visit(child, isBlock ? element : owner, insideLink || tag === "a", insidePre || tag === "pre");
    }
    if (isBlock) flush();
    else if (CELL_TAGS.has(tag)) pending += " ";
  };

  visit(root, root, false, false);
  flush();
  return blocks;
}

import { JSDOM } from "jsdom";
import { normalizeBodyText } from "../../articles/body-text.ts";
import { tagNestingDepth } from "./html-nesting.ts";

/**
 * Far deeper than any article markup; jsdom's time grows with the square of the depth (seconds at a few
 * thousand levels), so deeper input is refused rather than parsed.
 */
export const MAX_HTML_NESTING = 256;

export class HtmlTooDeepError extends Error {
  constructor(depth: number) {
    super(`The HTML nests its tags ${depth} levels deep (more than ${MAX_HTML_NESTING}), so it was not read.`);
    this.name = "HtmlTooDeepError";
  }
}

/** Elements whose content is never article text (code, media fallbacks, form controls, metadata). */
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "embed",
  "svg",
  "math",
  "canvas",
  "video",
  "audio",
  "head",
  "title",
  "button",
  "select",
  "textarea",
]);

const BLOCKS = new Set([
  "p",
  "div",
  "section",
  "article",
  "header",
  "footer",
  "main",
  "aside",
  "nav",
  "blockquote",
  "figure",
  "figcaption",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "caption",
  "pre",
  "address",
  "hr",
  "details",
  "summary",
  "center",
  "form",
  "fieldset",
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

let sharedDom: JSDOM | null = null;

/**
 * Plain text of an HTML fragment: one paragraph per block element, <br> as a line break, whitespace
 * collapsed, no markup or entities left. The fragment is parsed into an inert <template> of a shared,
 * script-less JSDOM, so nothing in it runs or loads (no scripts, no images, no stylesheets).
 * Throws HtmlTooDeepError for pathologically nested input.
 */
export function htmlToText(html: string): string {
  const depth = tagNestingDepth(html);
  if (depth > MAX_HTML_NESTING) throw new HtmlTooDeepError(depth);
  sharedDom ??= new JSDOM("");
  const template = sharedDom.window.document.createElement("template");
  template.innerHTML = html;
  return collectText(template.content);
}

interface Step {
  node: Node;
  leaving: boolean;
}

/** Walks with an explicit stack: hostile input nests tens of thousands of elements deep. */
function collectText(root: Node): string {
  const text = new ParagraphBuilder();
  const stack: Step[] = childSteps(root);
  for (let step = stack.pop(); step; step = stack.pop()) {
    const { node, leaving } = step;
    if (node.nodeType === TEXT_NODE) text.append(node.textContent ?? "");
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    if (leaving) {
      text.leave(element.localName);
    } else if (!SKIPPED.has(element.localName) && !element.hasAttribute("hidden")) {
      text.enter(element.localName);
      stack.push({ node, leaving: true }, ...childSteps(node));
    }
  }
  return text.result();
}

function childSteps(node: Node): Step[] {
  return Array.from(node.childNodes, (child) => ({ node: child, leaving: false })).reverse();
}

class ParagraphBuilder {
  #paragraphs: string[] = [];
  #current = "";
  #preformatted = 0;

  append(raw: string): void {
    this.#current += this.#preformatted ? raw : raw.replace(/[ \t\n\r\f]+/g, " ");
  }

  enter(tag: string): void {
    if (BLOCKS.has(tag)) this.#endParagraph();
    if (tag === "br") this.#current += "\n";
    if (tag === "td" || tag === "th") this.#current += " ";
    if (tag === "pre") this.#preformatted += 1;
  }

  leave(tag: string): void {
    if (BLOCKS.has(tag)) this.#endParagraph();
    if (tag === "pre") this.#preformatted -= 1;
  }

  result(): string {
    this.#endParagraph();
    return normalizeBodyText(this.#paragraphs.join("\n\n"));
  }

  #endParagraph(): void {
    if (this.#current.trim()) this.#paragraphs.push(this.#current);
    this.#current = "";
  }
}

import { JSDOM } from "jsdom";
import { normalizeBodyText } from "../../articles/body-text.ts";
import { renderBlocks } from "../html/render-blocks.ts";
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

let sharedDom: JSDOM | null = null;

/**
 * Plain text of an HTML fragment (a feed item's content): one paragraph per block element, <br> as a line
 * break, whitespace collapsed, no markup or entities left, rendered by the same renderer as web pages.
 * The fragment is parsed into an inert <template> of a shared, script-less JSDOM, so nothing in it runs or
 * loads. Throws HtmlTooDeepError for pathologically nested input.
 */
export function htmlToText(html: string): string {
  const depth = tagNestingDepth(html);
  if (depth > MAX_HTML_NESTING) throw new HtmlTooDeepError(depth);
  sharedDom ??= new JSDOM("");
  const document = sharedDom.window.document;
  const template = document.createElement("template");
  template.innerHTML = html;
  const container = document.createElement("div"); // detached: still inert
  container.append(template.content);
  return normalizeBodyText(
    renderBlocks(container)
      .map((block) => block.text)
      .join("\n\n"),
  );
}

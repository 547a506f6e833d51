import { Readability } from "@mozilla/readability";
import { withHtmlDocument } from "../parse-html-document.ts";

/**
 * Plain Readability.js as the public benchmarks run it (the Zyte benchmark's readability_js/cli.js:
 * default options, `textContent`), on the same inert DOM our extractor uses, for an in-run comparison.
 */
export function readabilityOnlyText(html: string, url: string | null): string {
  return withHtmlDocument(html, url, (document) => new Readability(document).parse()?.textContent ?? "");
}

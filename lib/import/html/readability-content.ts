import { Readability } from "@mozilla/readability";

/**
 * Readability's choice of the article's main content, as a live element rather than an HTML string, so it
 * can be rendered without a second parse. Classes are kept because the boilerplate filter reads them.
 * Readability mutates the document: read the page's metadata before calling this. Null when Readability
 * finds nothing or trips over a malformed DOM; the caller then falls back to the page's own containers.
 */
export function readabilityContent(document: Document): Element | null {
  const reader = new Readability<Element>(document, { keepClasses: true, serializer: (node) => node as Element });
  try {
    return reader.parse()?.content ?? null;
  } catch {
    return null;
  }
}

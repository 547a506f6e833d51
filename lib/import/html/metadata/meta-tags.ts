/**
 * The page's `<meta>` values by lowercased `property`, `name` or `itemprop` (OpenGraph, Twitter cards,
 * Dublin Core, article:*), first occurrence winning as browsers and crawlers do.
 */
export type MetaTags = ReadonlyMap<string, string>;

export function readMetaTags(document: Document): MetaTags {
  const tags = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll("meta[content]"))) {
    const content = (meta.getAttribute("content") ?? "").replace(/\s+/g, " ").trim();
    if (!content) continue;
    for (const attribute of ["property", "name", "itemprop", "http-equiv"]) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

export function firstMeta(tags: MetaTags, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return null;
}

import { readJsonLdArticle, type JsonLdArticle } from "./json-ld.ts";
import { firstMeta, readMetaTags, type MetaTags } from "./meta-tags.ts";
import { parsePublishedDate } from "./published-date.ts";
import { primaryLanguageSubtag } from "../../text/language.ts";

/** What the page says about itself, read before Readability rewrites the document. */
export interface PageMetadata {
  /** Candidate titles, most trustworthy first. */
  titles: string[];
  byline: string | null;
  publishedAt: Date | null;
  canonicalUrl: string | null;
  siteName: string | null;
  /** Primary language subtag the page declares, if any. */
  declaredLanguage: string | null;
  /** The publisher's own copy of the article text, when its JSON-LD carries one. */
  jsonLdBody: string | null;
}

const LONGEST_PLAUSIBLE_BYLINE = 200;

function clean(value: string | null | undefined): string | null {
  const cleaned = value?.replace(/\s+/g, " ").trim();
  return cleaned || null;
}

function isUrl(value: string): boolean {
  return /^(?:https?:)?\/\//i.test(value);
}

/** Author fields often hold profile URLs, or a "By" the page shows before the name. */
function cleanByline(value: string | null | undefined): string | null {
  const cleaned = clean(value)?.replace(/^by\s+/i, "");
  if (!cleaned || isUrl(cleaned) || cleaned.length > LONGEST_PLAUSIBLE_BYLINE) return null;
  return cleaned;
}

function resolveHttpUrl(value: string | null | undefined, base: string | null): string | null {
  if (!value?.trim()) return null;
  try {
    const url = base ? new URL(value.trim(), base) : new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function readByline(jsonLd: JsonLdArticle | null, meta: MetaTags): string | null {
  const jsonLdAuthors = [
    ...new Set((jsonLd?.authors ?? []).map(cleanByline).filter((name): name is string => name !== null)),
  ];
  if (jsonLdAuthors.length > 0) return jsonLdAuthors.join(", ");
  return cleanByline(
    firstMeta(meta, ["author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author"]),
  );
}

/** A `<time>` element's machine-readable date, preferring one marked as the publication date. */
function timeElementDate(document: Document): string | null {
  const marked = document.querySelector("time[itemprop=datePublished][datetime], time[pubdate][datetime]");
  const first = marked ?? document.querySelector("article time[datetime], main time[datetime], time[datetime]");
  return first?.getAttribute("datetime") ?? null;
}

function readPublishedAt(document: Document, jsonLd: JsonLdArticle | null, meta: MetaTags): Date | null {
  const candidates = [
    jsonLd?.datePublished,
    firstMeta(meta, [
      "article:published_time",
      "datepublished",
      "og:published_time",
      "publishdate",
      "pubdate",
      "date",
      "dc.date",
      "dc.date.issued",
      "dcterms.created",
      "sailthru.date",
      "parsely-pub-date",
    ]),
    timeElementDate(document),
  ];
  for (const candidate of candidates) {
    const date = parsePublishedDate(candidate);
    if (date) return date;
  }
  return null;
}

function readCanonicalUrl(document: Document, meta: MetaTags, pageUrl: string | null): string | null {
  const linked = document.querySelector("link[rel~=canonical][href]")?.getAttribute("href");
  return (
    resolveHttpUrl(linked, pageUrl) ??
    resolveHttpUrl(firstMeta(meta, ["og:url"]), pageUrl) ??
    resolveHttpUrl(pageUrl, null)
  );
}

function readDeclaredLanguage(document: Document, jsonLd: JsonLdArticle | null, meta: MetaTags): string | null {
  const declared = [
    document.documentElement.getAttribute("lang"),
    document.documentElement.getAttribute("xml:lang"),
    firstMeta(meta, ["content-language", "language", "dc.language", "og:locale"]),
    jsonLd?.inLanguage,
  ];
  return declared.map(primaryLanguageSubtag).find((language) => language !== null) ?? null;
}

export function readPageMetadata(document: Document, pageUrl: string | null): PageMetadata {
  const jsonLd = readJsonLdArticle(document);
  const meta = readMetaTags(document);
  const titles = [
    firstMeta(meta, ["og:title"]),
    jsonLd?.headline,
    firstMeta(meta, ["twitter:title", "dc.title"]),
    document.title,
    document.querySelector("h1")?.textContent,
  ];
  return {
    titles: titles.map(clean).filter((title): title is string => title !== null),
    byline: readByline(jsonLd, meta),
    publishedAt: readPublishedAt(document, jsonLd, meta),
    canonicalUrl: readCanonicalUrl(document, meta, pageUrl),
    siteName: clean(firstMeta(meta, ["og:site_name", "application-name"]) ?? jsonLd?.publisherName),
    declaredLanguage: readDeclaredLanguage(document, jsonLd, meta),
    jsonLdBody: jsonLd?.articleBody ?? null,
  };
}

/** The article fields a page's schema.org JSON-LD can give, already reduced to plain values. */
export interface JsonLdArticle {
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  articleBody: string | null;
  publisherName: string | null;
  inLanguage: string | null;
}

type JsonObject = { [key: string]: unknown };

/** schema.org's Article and its news/blog subtypes: any of them describes the story the page shows. */
const ARTICLE_TYPES = new Set([
  "article",
  "newsarticle",
  "reportagenews",
  "analysisnewsarticle",
  "opinionnewsarticle",
  "backgroundnewsarticle",
  "reviewnewsarticle",
  "askpublicnewsarticle",
  "blogposting",
  "liveblogposting",
  "report",
  "satiricalarticle",
  "scholarlyarticle",
  "techarticle",
  "socialmediaposting",
]);

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typesOf(node: JsonObject): string[] {
  const type = node["@type"];
  const list = Array.isArray(type) ? type : [type];
  return list
    .filter((item): item is string => typeof item === "string")
    .map((item) => item.replace(/^.*[/:]/, "").toLowerCase());
}

function isArticle(node: JsonObject): boolean {
  return typesOf(node).some((type) => ARTICLE_TYPES.has(type));
}

/** Every object in the JSON-LD tree, including `@graph` members and nested `mainEntity` values. */
function* allNodes(value: unknown, depth = 0): Generator<JsonObject> {
  if (depth > 8) return;
  if (Array.isArray(value)) {
    for (const item of value) yield* allNodes(item, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  yield value;
  for (const key of ["@graph", "mainEntity", "mainEntityOfPage", "hasPart", "itemListElement"]) {
    if (key in value) yield* allNodes(value[key], depth + 1);
  }
}

/** Publishers' JSON-LD is often slightly invalid: raw newlines inside strings are the usual culprit. */
function parseLenient(source: string): unknown {
  const trimmed = source
    .trim()
    .replace(/^<!--|-->$/g, "")
    .replace(/^\/\*<!\[CDATA\[\*\/|\/\*\]\]>\*\/$/g, "")
    .trim();
  try {
    return JSON.parse(trimmed);
  } catch {
    try {
      return JSON.parse(trimmed.replace(/[\u0000-\u001f]+/g, " "));
    } catch {
      return null;
    }
  }
}

function text(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value["@value"] ?? value.name);
  return null;
}

function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((item) => {
    if (typeof item === "string") return [item];
    if (isObject(item)) return names(item.name);
    return [];
  });
}

function toArticle(node: JsonObject): JsonLdArticle {
  return {
    headline: text(node.headline) ?? text(node.name),
    authors: names(node.author ?? node.creator),
    datePublished: text(node.datePublished) ?? text(node.dateCreated),
    articleBody: text(node.articleBody) ?? text(node.text),
    publisherName: text(isObject(node.publisher) ? node.publisher.name : null),
    inLanguage: text(node.inLanguage),
  };
}

/** The page's article description from `<script type="application/ld+json">`, or null when it has none. */
export function readJsonLdArticle(document: Document): JsonLdArticle | null {
  const scripts = Array.from(document.querySelectorAll("script")).filter((script) =>
    /^\s*application\/ld\+json\s*(;|$)/i.test(script.getAttribute("type") ?? ""),
  );
  const articles = scripts.flatMap((script) =>
    Array.from(allNodes(parseLenient(script.textContent ?? ""))).filter(isArticle),
  );
  if (articles.length === 0) return null;
  // Pages that list related stories as articles too describe their own story most completely.
  const richest = articles.reduce((best, node) => (completeness(node) > completeness(best) ? node : best));
  return toArticle(richest);
}

function completeness(node: JsonObject): number {
  return ["headline", "author", "datePublished", "articleBody"].filter((key) => node[key] !== undefined).length;
}

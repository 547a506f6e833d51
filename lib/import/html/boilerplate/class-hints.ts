/**
 * Words that page templates put in the class or id of non-article furniture: captions and credits, bylines
 * and datelines, share bars, related-story boxes, newsletter and subscription prompts, ads, comments,
 * galleries, and text meant only for screen readers. Matched as whole words inside a class/id token
 * ("article__image-caption", "social-share"), so "authored" or "shared-layout" do not match.
 */
const BOILERPLATE_WORDS = [
  "ad", "ads", "adsense", "advert", "advertisement", "author", "authors", "bio", "breadcrumb", "breadcrumbs",
  "byline", "bylines", "caption", "captions", "carousel", "comment", "comments", "cookie", "credit", "credits",
  "date", "dateline", "disclaimer", "gallery", "meta", "newsletter", "popular", "promo", "published",
  "readmore", "recommended", "related", "share", "sharing", "signup", "slider", "slideshow", "social",
  "sponsor", "sponsored", "subscribe", "subscription", "tags", "timestamp", "toolbar", "trending", "widget",
  "sronly", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
];

const BOILERPLATE_HINT = new RegExp(`(?:^|[^a-z])(?:${BOILERPLATE_WORDS.map((word) => word.replace(/-/g, "\\-")).join("|")})(?=$|[^a-z])`);

/** Tokens of the element's class and id, lowercased, with camelCase split so "imageCaption" reads as "image-caption". */
function classAndIdTokens(element: Element): string[] {
  const raw = `${element.getAttribute("class") ?? ""} ${element.id}`;
  return raw
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
}

export function hasBoilerplateHint(element: Element): boolean {
  return classAndIdTokens(element).some((token) => BOILERPLATE_HINT.test(token));
}

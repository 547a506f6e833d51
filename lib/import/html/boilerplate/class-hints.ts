/**
 * Words that page templates put in the class or id of non-article furniture: captions and credits, bylines
 * and dates, share bars, related-story boxes, newsletter and subscription prompts, ads, comments,
 * galleries, and text meant only for screen readers. Matched as whole words inside a class/id token
 * ("article__image-caption", "social-share"), so "authored" or "shared-layout" do not match.
 */
const BOILERPLATE_WORDS = [
  "ad",
  "ads",
  "adsense",
  "advert",
  "advertisement",
  "author",
  "authors",
  "bio",
  "breadcrumb",
  "breadcrumbs",
  "byline",
  "bylines",
  "caption",
  "captions",
  "comment",
  "comments",
  "cookie",
  "credit",
  "credits",
  "date",
  "disclaimer",
  "gallery",
  "meta",
  "newsletter",
  "popular",
  "promo",
  "published",
  "recommended",
  "related",
  "share",
  "sharing",
  "signup",
  "slideshow",
  "social",
  "sponsor",
  "sponsored",
  "subscribe",
  "subscription",
  "tags",
  "timestamp",
  "toolbar",
  "trending",
  "sronly",
  "sr-only",
  "visually-hidden",
  "visuallyhidden",
  "screen-reader-text",
];

/** Bounded by anything but a letter or digit, so hashed ids ("component_1ad269af0d") do not read as "ad". */
const BOILERPLATE_HINT = new RegExp(
  `(?:^|[^a-z0-9])(?:${BOILERPLATE_WORDS.map((word) => word.replace(/-/g, "\\-")).join("|")})(?=$|[^a-z0-9])`,
);

/** Tokens of the element's class and id, lowercased, with camelCase split so "imageCaption" reads as "image-caption". */
function classAndIdTokens(element: Element): string[] {
  const raw = `${element.getAttribute("class") ?? ""} ${element.id}`;
  return raw
    .replace(/([a-z])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
}

/** The class or id token that names the element as furniture, or null. */
export function boilerplateHint(element: Element): string | null {
  return classAndIdTokens(element).find((token) => BOILERPLATE_HINT.test(token)) ?? null;
}

import { boilerplateHint } from "./class-hints.ts";

/** Never article text when Readability keeps it: navigation, image captions and credits, asides, controls. */
const FURNITURE_SELECTOR =
  "nav, figure, figcaption, aside, footer, button, select, [role=navigation], [aria-hidden=true]";

/**
 * Furniture is a small part of an article. When the elements of one kind (named by the same class token,
 * or of the same tag and classes) add up to more than this share of the content, they are the content:
 * slides of a gallery story, sections whose class says they may hold ads ("Section--Ads"), a listicle
 * built of captioned figures.
 */
const MAX_GROUP_SHARE = 0.3;

function textLength(element: Element): number {
  return (element.textContent ?? "").replace(/\s+/g, " ").trim().length;
}

/** A figure holding a quotation is a pull quote or testimonial, part of the story, and so is its attribution. */
function isQuotation(element: Element): boolean {
  return element.closest("figure")?.querySelector("blockquote") != null;
}

/** What makes the element furniture: its class token naming it so, else its tag and classes. */
function furnitureKind(element: Element): string | null {
  const hint = boilerplateHint(element);
  if (hint) return `hint:${hint}`;
  if (!element.matches(FURNITURE_SELECTOR) || isQuotation(element)) return null;
  const classes = (element.getAttribute("class") ?? "").split(/\s+/).filter(Boolean).sort();
  return ["tag", element.localName, ...classes].join(".");
}

function hasAncestorIn(element: Element, elements: ReadonlyMap<Element, string>, root: Element): boolean {
  for (let ancestor = element.parentElement; ancestor && ancestor !== root; ancestor = ancestor.parentElement) {
    if (elements.has(ancestor)) return true;
  }
  return false;
}

/** Candidates for removal grouped by kind, outermost only (removing a box removes what it holds). */
function furnitureGroups(content: Element): Map<string, Element[]> {
  const kinds = new Map<Element, string>();
  for (const element of Array.from(content.querySelectorAll("*"))) {
    const kind = furnitureKind(element);
    if (kind) kinds.set(element, kind);
  }
  const groups = new Map<string, Element[]>();
  for (const [element, kind] of kinds) {
    if (!hasAncestorIn(element, kinds, content)) groups.set(kind, [...(groups.get(kind) ?? []), element]);
  }
  return groups;
}

/**
 * Removes template furniture (captions, share bars, bylines, related boxes…) from Readability's content in
 * place. `keepDominantFurniture: false` removes it even when it dominates (a comment thread under a short
 * story), for measuring how much story a container holds rather than rendering it.
 */
export function pruneContent(content: Element, { keepDominantFurniture = true } = {}): void {
  const maxRemovedLength = keepDominantFurniture ? Math.max(1, textLength(content)) * MAX_GROUP_SHARE : Infinity;
  const groups = furnitureGroups(content);
  for (const members of groups.values()) {
    const groupLength = members.reduce((sum, element) => sum + textLength(element), 0);
    if (groupLength <= maxRemovedLength) for (const element of members) element.remove();
  }
}

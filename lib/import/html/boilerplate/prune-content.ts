import { hasBoilerplateHint } from "./class-hints.ts";

/** Never article text when Readability keeps it: navigation, image captions and credits, asides, controls. */
const FURNITURE_SELECTOR = "nav, figure, figcaption, aside, footer, button, select, [role=navigation], [aria-hidden=true]";

/**
 * Furniture is a small part of an article. When the elements of one kind (same tag and classes) add up to
 * more than this share of the content, they are the content: slides of a gallery story, sections whose
 * class says they may hold ads ("Section--Ads"), a listicle built of captioned figures.
 */
const MAX_GROUP_SHARE = 0.3;

function textLength(element: Element): number {
  return (element.textContent ?? "").replace(/\s+/g, " ").trim().length;
}

function signature(element: Element): string {
  const classes = (element.getAttribute("class") ?? "").split(/\s+/).filter(Boolean).sort();
  return [element.localName, ...classes].join(".");
}

/** Candidates for removal, outermost only (removing a box removes what it holds). */
function furnitureCandidates(content: Element): Element[] {
  const candidates = new Set<Element>();
  for (const element of Array.from(content.querySelectorAll("*"))) {
    if (element.matches(FURNITURE_SELECTOR) || hasBoilerplateHint(element)) candidates.add(element);
  }
  return [...candidates].filter((element) => {
    for (let ancestor = element.parentElement; ancestor && ancestor !== content; ancestor = ancestor.parentElement) {
      if (candidates.has(ancestor)) return false;
    }
    return true;
  });
}

/** Removes template furniture (captions, share bars, bylines, related boxes…) from Readability's content in place. */
export function pruneContent(content: Element): void {
  const totalLength = Math.max(1, textLength(content));
  const groups = new Map<string, Element[]>();
  for (const element of furnitureCandidates(content)) {
    const key = signature(element);
    groups.set(key, [...(groups.get(key) ?? []), element]);
  }
  for (const members of groups.values()) {
    const groupLength = members.reduce((sum, element) => sum + textLength(element), 0);
    if (groupLength <= totalLength * MAX_GROUP_SHARE) for (const element of members) element.remove();
  }
}

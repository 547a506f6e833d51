import { hasBoilerplateHint } from "./class-hints.ts";

/** Never article text even when Readability keeps it: navigation, image captions, and form furniture. */
const FURNITURE_SELECTOR = "nav, figcaption, figure, aside, footer, form, button, select, [role=navigation], [aria-hidden=true]";

/**
 * An element named like furniture is only removed while it is a small part of the content: templates
 * sometimes put such words on a wrapper of the whole story ("story-meta-wrapper"), and losing the story
 * costs far more than keeping a caption.
 */
const MAX_HINTED_SHARE = 0.25;

function textLength(element: Element): number {
  return (element.textContent ?? "").replace(/\s+/g, " ").trim().length;
}

/** Removes template furniture from Readability's content element in place. */
export function pruneContent(content: Element): void {
  for (const element of Array.from(content.querySelectorAll(FURNITURE_SELECTOR))) element.remove();
  const totalLength = Math.max(1, textLength(content));
  for (const element of Array.from(content.querySelectorAll("*"))) {
    if (element === content || !content.contains(element)) continue;
    if (hasBoilerplateHint(element) && textLength(element) <= totalLength * MAX_HINTED_SHARE) element.remove();
  }
}

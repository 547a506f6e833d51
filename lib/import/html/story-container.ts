import { wordCount } from "./boilerplate/block-signals.ts";
import { containment, words } from "./word-overlap.ts";

/** Elements pages use to mark their story: schema.org's articleBody, `<article>`, `<main>`. */
const STORY_CONTAINER_SELECTOR = "[itemprop=articleBody], article, main, [role=main]";

/** The page's story containers in document order; a fresh parse of the same page lists the same ones. */
export function storyContainers(document: Document): Element[] {
  return Array.from(document.querySelectorAll(STORY_CONTAINER_SELECTOR));
}

/** The longest story container, for pages where Readability finds nothing at all. */
export function longestStoryContainer(document: Document): Element | null {
  return storyContainers(document).reduce<Element | null>(
    (best, element) => ((element.textContent?.length ?? 0) > (best?.textContent?.length ?? 0) ? element : best),
    null,
  );
}

/** A container holding this share of the picked text's words is the story around it. */
const SURROUNDS_PICK_SHARE = 0.8;
/**
 * Worth a second look (a fresh parse) when the innermost story container around the pick has this many times
 * its words; `holdsMoreStory` then decides on running text alone.
 */
const WIDER_CONTAINER_RATIO = 1.5;
/** A container with this many times the pick's running text holds more of the story than the pick. */
const WIDER_STORY_RATIO = 2;

/**
 * Readability scores blocks one at a time and keeps only the best one with its strongest siblings, so a
 * story cut into many similar sections (a listicle with one box per item, documentation with one element per
 * chapter) can come back as a single section. When the innermost container the page marks as its story
 * around the picked text holds far more text, the pick was a fragment: returns that container's index in
 * `storyContainers` order (texts read before Readability rewrites the page), else null.
 */
export function widerStoryContainer(containerTexts: readonly string[], pickedText: string): number | null {
  const picked = words(pickedText);
  if (picked.length === 0) return null;
  let innermost: number | null = null;
  let innermostSize = Infinity;
  for (const [index, text] of containerTexts.entries()) {
    const container = words(text);
    if (container.length >= innermostSize || containment(picked, container) < SURROUNDS_PICK_SHARE) continue;
    innermost = index;
    innermostSize = container.length;
  }
  return innermostSize >= picked.length * WIDER_CONTAINER_RATIO ? innermost : null;
}

/** A paragraph of running text: a full sentence or more, not a label, tag list or link line. */
const PROSE_MIN_WORDS = 15;
const SENTENCE_END = /[.!?。！？…]["'”’»)\]]*$/u;

function proseWords(paragraphs: readonly string[]): number {
  return paragraphs
    .filter((paragraph) => wordCount(paragraph) >= PROSE_MIN_WORDS && SENTENCE_END.test(paragraph))
    .reduce((sum, paragraph) => sum + wordCount(paragraph), 0);
}

/**
 * Whether a container's cleaned paragraphs hold the picked paragraphs and clearly more running text. Counting
 * only prose keeps metadata lists, tag clouds and teaser headlines around a short story from passing as more of it.
 */
export function holdsMoreStory(container: readonly string[], picked: readonly string[]): boolean {
  return (
    proseWords(container) >= proseWords(picked) * WIDER_STORY_RATIO &&
    containment(words(picked.join("\n")), words(container.join("\n"))) >= SURROUNDS_PICK_SHARE
  );
}

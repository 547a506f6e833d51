import { renderBlocks } from "./render-blocks.ts";

/**
 * The paragraphs of a JSON-LD `articleBody`. Publishers fill it either with plain text (paragraphs on their
 * own lines, entities sometimes still encoded) or with an HTML fragment. HTML is parsed in a separate
 * document without a browsing context, where nothing runs or loads, and only its text is kept.
 */
export function jsonLdBodyParagraphs(owner: Document, articleBody: string): string[] {
  const scratch = owner.implementation.createHTMLDocument("");
  if (/<[a-z][^>]*>/i.test(articleBody)) {
    const container = scratch.createElement("div");
    container.innerHTML = articleBody;
    return renderBlocks(container).map((block) => block.text);
  }
  // A textarea's content is RCDATA: entities are decoded, nothing is parsed as markup.
  const decoder = scratch.createElement("textarea");
  return articleBody
    .split(/\r?\n/)
    .map((line) => {
      decoder.innerHTML = line;
      return decoder.value.replace(/\s+/g, " ").trim();
    })
    .filter(Boolean);
}

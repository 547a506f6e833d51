import { renderBlocks } from "./render-blocks.ts";

/**
 * The paragraphs of a JSON-LD `articleBody`. Publishers fill it either with plain text (paragraphs on their
 * own lines, entities sometimes still encoded) or with an HTML fragment. HTML is parsed in a separate
 * document without a browsing context, where nothing runs or loads, and only its text is kept.
 */
export function jsonLdBodyParagraphs(owner: Document, articleBody: string): string[] {
  const scratch = owner.implementation.createHTMLDocument("");
  // Some publishers escape their HTML fragment once more ("&lt;p&gt;"): decode entities, then look for tags.
  const decoded = decodeEntities(scratch, articleBody);
  if (!containsMarkup(decoded))
    return decoded
      .split(/\r?\n/)
      .map((line) => line.replace(/\s+/g, " ").trim())
      .filter(Boolean);
  const container = scratch.createElement("div");
  container.innerHTML = containsMarkup(articleBody) ? articleBody : decoded;
  return renderBlocks(container).map((block) => block.text);
}

function containsMarkup(text: string): boolean {
  return /<\/?[a-z][^>]*>/i.test(text);
}

/** A textarea's content is RCDATA: entities are decoded and nothing is parsed as markup. */
function decodeEntities(scratch: Document, text: string): string {
  const decoder = scratch.createElement("textarea");
  decoder.innerHTML = text;
  return decoder.value;
}

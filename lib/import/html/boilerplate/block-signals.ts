import * as chrono from "chrono-node";
import type { TextBlock } from "../render-blocks.ts";

/** Date parsers for the languages chrono knows; strict mode ignores casual words like "today". */
const DATE_PARSERS = [chrono.en, chrono.de, chrono.fr, chrono.es, chrono.pt, chrono.it, chrono.nl, chrono.ru, chrono.sv].map((locale) => locale.strict);

/** A line this short can be a dateline or a label; article sentences are longer. */
const SHORT_LINE_WORDS = 15;
/** A paragraph this long is prose, not template furniture. */
const PROSE_MIN_CHARACTERS = 120;

export function linkDensity(block: TextBlock): number {
  return block.text.length === 0 ? 0 : block.linkCharacters / block.text.length;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function isShortLine(block: TextBlock): boolean {
  return wordCount(block.text) <= SHORT_LINE_WORDS && block.text.length <= PROSE_MIN_CHARACTERS;
}

/** Running text of the story: long, and mostly not links. */
export function isProse(block: TextBlock): boolean {
  return block.text.length >= PROSE_MIN_CHARACTERS && linkDensity(block) < 0.3;
}

export function isHeading(block: TextBlock): boolean {
  return /^h[1-6]$/.test(block.element.localName);
}

/** "Updated Nov 19, 6:55 AM", "sexta-feira, 22 de outubro de 2010": a short line that is mostly a date. */
export function isDateline(block: TextBlock): boolean {
  if (!isShortLine(block)) return false;
  const longestDate = DATE_PARSERS.flatMap((parser) => parser.parse(block.text)).reduce((longest, result) => Math.max(longest, result.text.length), 0);
  return longestDate >= block.text.replace(/\s+/g, " ").length * 0.3;
}

/** Lines templates put around a story: credits, bylines, copyright, reading time, ad labels, prompts. */
const FURNITURE_LINE = new RegExp(
  [
    String.raw`^(?:by|von|par|por|di|door|av|od|автор)\s+\p{Lu}`,
    String.raw`^(?:photo|image|picture|video|credit|source|foto|bild|quelle|fonte|crédito|crédit)s?\s*:`,
    String.raw`^(?:©|\(c\)|copyright\b)`,
    String.raw`^\(?(?:reporting|writing|editing|additional reporting|compiled) by\b`,
    String.raw`^(?:posted|published|updated|last updated|first published|filed under|tagged|tags|categories|veröffentlicht|aktualisiert|publié|mis à jour|publicado|atualizado|actualizado)\b`,
    String.raw`^(?:tempo de leitura|reading time|lesezeit|temps de lecture|tiempo de lectura)\b`,
    String.raw`^\d+\s*(?:min(?:ute)?s?|minuten|minutos)\s+(?:read|lesen|lectura|leitura|de lecture)\b`,
    String.raw`^(?:advertisement|advert|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|reklama|iklan|реклама|sponsored)$`,
    String.raw`^(?:read more|read next|see also|related|more|more from|also read|recommended|you may also like|you might also like|most read|most popular|trending|latest|popular|sign up|sign in|log in|subscribe|follow us|share|share this|comments?|leave a comment|post comment|click here|skip to content|loading|print|enlarge image|close|caption|next|previous)\b`,
    String.raw`^image\s+\d+\s+of\s+\d+`,
    String.raw`^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$`,
    String.raw`^(?:https?://|www\.)\S+$`,
  ].join("|"),
  "iu",
);

export function isFurnitureLine(block: TextBlock): boolean {
  return isShortLine(block) && FURNITURE_LINE.test(block.text.trim());
}

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

/** Chinese, Japanese and Korean write words without spaces and pack more meaning into each character. */
const DENSE_SCRIPT_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** Roughly how many Latin characters (and words) one such character is worth. */
const DENSE_CHARACTER_WEIGHT = 3;
const DENSE_CHARACTERS_PER_WORD = 2;

function denseCharacters(text: string): number {
  return text.match(DENSE_SCRIPT_CHARACTER)?.length ?? 0;
}

/** Words, counting runs of CJK characters by their length since they have no spaces between words. */
export function wordCount(text: string): number {
  const dense = denseCharacters(text);
  const spaced = text.replace(DENSE_SCRIPT_CHARACTER, " ").split(/\s+/).filter(Boolean).length;
  return spaced + Math.ceil(dense / DENSE_CHARACTERS_PER_WORD);
}

/** Length in Latin-character equivalents, so thresholds mean the same in every script. */
function weightedLength(text: string): number {
  return text.length + (DENSE_CHARACTER_WEIGHT - 1) * denseCharacters(text);
}

export function isShortLine(block: TextBlock): boolean {
  return wordCount(block.text) <= SHORT_LINE_WORDS && weightedLength(block.text) <= PROSE_MIN_CHARACTERS;
}

/** Running text of the story: long, and mostly not links. */
export function isProse(block: TextBlock): boolean {
  return weightedLength(block.text) >= PROSE_MIN_CHARACTERS && linkDensity(block) < 0.3;
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
    String.raw`^[^\p{L}]*(?:advertisement|advert|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|reklama|iklan|реклама|sponsored)[^\p{L}]*$`,
    String.raw`^(?:read more|read next|see also|related|more|more from|also read|recommended|you may also like|you might also like|most read|most popular|trending|latest|popular|sign up|sign in|log in|subscribe|follow us|share|share this|comments?|no comments|leave a comment|post comment|about the author|click here|skip to content|loading|print|enlarge image|close|caption|next|previous)\b`,
    String.raw`^(?:mehr zum thema|lesen sie auch|das könnte sie auch interessieren|weitere artikel|über den autor|keine kommentare|kommentare|à lire aussi|lire aussi|sur le même sujet|lee también|leia também|leia mais|vedi anche|leggi anche|czytaj też|czytaj także|zobacz też|читайте также)\b`,
    String.raw`^image\s+\d+\s+of\s+\d+`,
    String.raw`^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$`,
    String.raw`^(?:https?://|www\.)\S+$`,
  ].join("|"),
  "iu",
);

export function isFurnitureLine(block: TextBlock): boolean {
  return isShortLine(block) && FURNITURE_LINE.test(block.text.trim());
}

/** Picture credits that stand apart from their caption: "(Image: © NASA)", "Natalie Naccache | Getty Images". */
const CREDIT_LINE = /©|\b(?:getty images|shutterstock|istock(?:photo)?|ap photo|afp|epa|dpa|imago|reuters|alamy|pixabay|unsplash)\b/i;
const CREDIT_MAX_WORDS = 10;

export function isCreditLine(block: TextBlock): boolean {
  return wordCount(block.text) <= CREDIT_MAX_WORDS && CREDIT_LINE.test(block.text);
}

/**
 * What outlets append to a story: calls to action (newsletters, apps, tips, follows, shares), reporting
 * credits, contact lines and legal notices. Only trusted at the very end of the body.
 */
const SIGN_OFF = new RegExp(
  [
    String.raw`\b(?:sign up|subscribe|newsletters?|follow (?:us|him|her|me|them)|join (?:us|our)|click here|tap here|share (?:it|this)|download (?:our|the)|get the [\w .]+ app|have a tip|send us|tell us|all rights reserved|cookies?)\b`,
    String.raw`^\(?(?:reporting|writing|editing|additional reporting|compiled|contributed|research) by\b`,
    String.raw`\b(?:contributed (?:to )?(?:this )?report(?:ing)?|writers? .* contributed)\b`,
    String.raw`\b(?:email|e-mail|reach|contact)\b.{0,60}\b(?:at|via)\b`,
    String.raw`[\w.+-]+@[\w-]+\.[\w.]+`,
  ].join("|"),
  "iu",
);
const SIGN_OFF_MAX_WORDS = 60;

export function isSignOff(block: TextBlock): boolean {
  return wordCount(block.text) <= SIGN_OFF_MAX_WORDS && SIGN_OFF.test(block.text);
}

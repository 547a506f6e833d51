import * as chrono from "chrono-node";
import type { TextBlock } from "../render-blocks.ts";

/** Date parsers for the languages chrono knows; strict mode ignores casual words like "today". */
const DATE_PARSERS = [
  chrono.en,
  chrono.de,
  chrono.fr,
  chrono.es,
  chrono.pt,
  chrono.it,
  chrono.nl,
  chrono.ru,
  chrono.sv,
].map((locale) => locale.strict);

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
  const longestDate = DATE_PARSERS.flatMap((parser) => parser.parse(block.text)).reduce(
    (longest, result) => Math.max(longest, result.text.length),
    0,
  );
  return longestDate >= block.text.replace(/\s+/g, " ").length * 0.3;
}

/**
 * Lines templates put around a story: bylines, credits, copyright, timestamps, reading time, ad labels and
 * interface labels. Ambiguous words ("More", "Close", "Next", "Updated") count only as the whole line or
 * followed by a colon or date, so a short paragraph like "Close to 200 homes lost power." stays.
 */
const FURNITURE_LINE = new RegExp(
  [
    String.raw`^\(?(?:(?:photo|image|picture|video|foto|bild)s?\s+)?(?:photo|image|picture|video|credit|source|foto|bild|quelle|fonte|crédito|crédit)s?\s*:`,
    String.raw`^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}))`,
    String.raw`^\(?(?:reporting|writing|editing|additional reporting|compiled) by\b`,
    String.raw`^(?:posted|published|updated|last updated|first published|veröffentlicht|aktualisiert|publié|mis à jour|publicado|atualizado|actualizado)(?:\s+(?:on|at|am|le|el|em))?\s*[:|\d]`,
    String.raw`^(?:filed under|tagged|tags|categories|schlagworte|themen)\s*:`,
    String.raw`^(?:tempo de leitura|reading time|lesezeit|temps de lecture|tiempo de lectura)\b`,
    String.raw`^\d+\s*(?:min(?:ute)?s?|minuten|minutos)\s+(?:read|lesen|lectura|leitura|de lecture)\b`,
    String.raw`^image\s+\d+\s+of\s+\d+`,
    String.raw`^(?:click here|sign up|skip to (?:main )?content|follow us|subscribe to|you may also like|you might also like|read more|read next|see also|also read|leave a comment|post comment|about the author|most read|most popular|enlarge image)\b`,
    String.raw`^(?:mehr zum thema|lesen sie auch|das könnte sie auch interessieren|weitere artikel|über den autor|keine kommentare|à lire aussi|lire aussi|sur le même sujet|lee también|lea también|lea además|le puede interesar|te puede interesar|puedes ver|mira también|leia também|leia mais|vedi anche|leggi anche|czytaj też|czytaj także|zobacz też|читайте также)\b`,
    String.raw`^(?:advertisement|advert|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|reklama|iklan|реклама|sponsored|related|related stories|more|recommended|trending|latest|latest news|popular|breaking news|highlights|sign in|log in|subscribe|share|share this|share this article|comments?|no comments|kommentare|loading|print|close|caption|next|previous|table of contents|contents|inhaltsverzeichnis|sommaire|back to top|jump to|skip to)$`,
    String.raw`^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$`,
    String.raw`^(?:https?://|www\.)\S+$`,
  ].join("|"),
  "iu",
);

/** "By Jane Roe", "Par Jean Dupont": a short line naming the author, unlike a sentence ("By Monday the river…."). */
const BYLINE = /^(?:by|von|par|por|di|door|av|od|автор)\s+\S/iu;
const BYLINE_MAX_WORDS = 8;

/** Trims the punctuation and counters around a label ("- Anzeige -", "Comments (12)") before matching it. */
function labelText(text: string): string {
  return text
    .trim()
    .replace(/\s*\(\d+\)$/, "")
    .replace(/^[^\p{L}\p{N}©(]+|[^\p{L}\p{N}]+$/gu, "");
}

function isByline(text: string): boolean {
  return BYLINE.test(text) && wordCount(text) <= BYLINE_MAX_WORDS && !/[.!?]$/.test(text);
}

export function isFurnitureLine(block: TextBlock): boolean {
  if (!isShortLine(block)) return false;
  const text = block.text.trim();
  return FURNITURE_LINE.test(labelText(text)) || FURNITURE_LINE.test(text) || isByline(text);
}

/** Picture credits that stand apart from their caption: "(Image: © NASA)", "Natalie Naccache | Getty Images". */
const CREDIT_LINE =
  /©|\b(?:getty images|shutterstock|istock(?:photo)?|ap photo|afp|epa|dpa|imago|reuters|alamy|pixabay|unsplash)\b/i;
const CREDIT_MAX_WORDS = 10;

export function isCreditLine(block: TextBlock): boolean {
  return wordCount(block.text) <= CREDIT_MAX_WORDS && CREDIT_LINE.test(block.text);
}

/**
 * What outlets append to a story: calls to action (newsletters, apps, tips, follows), reporting credits,
 * contact addresses and legal notices. Only trusted at the very end of the body, and only in phrasings
 * specific enough that a story's last sentence ("…users who subscribe will pay more.") does not match.
 */
const SIGN_OFF = new RegExp(
  [
    String.raw`\b(?:sign up (?:for|to|here)|subscribe (?:to|for|here|now|today)|our (?:daily |weekly |free )?newsletters?|follow (?:us|him|her|me|them) on|join (?:us|our) on|click here|tap here|download (?:our|the) app|get the [\w .]+ app|have a (?:news )?tip|share (?:it|this (?:story|article)) with|all rights reserved|this (?:web)?site uses cookies)\b`,
    String.raw`^\(?(?:reporting|writing|editing|additional reporting|compiled|research) by\b`,
    String.raw`\b(?:contributed (?:to )?(?:this )?report(?:ing)?|writers? .* contributed)\b`,
    String.raw`[\w.+-]+@[\w-]+\.[\w.]+`,
  ].join("|"),
  "iu",
);
const SIGN_OFF_MAX_WORDS = 60;

export function isSignOff(block: TextBlock): boolean {
  return wordCount(block.text) <= SIGN_OFF_MAX_WORDS && SIGN_OFF.test(block.text);
}

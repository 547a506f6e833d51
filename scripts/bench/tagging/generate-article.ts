import type { TextSpan } from "../../../lib/annotations/text/span.ts";
import { BENCH_ACTORS, LOADED_WORDS, NEWS_WORDS, SAYING_VERBS } from "./article-words.ts";

/** A generated news story: its body (already as the import stores it) and the passages a reviewer would tag. */
export interface GeneratedArticle {
  body: string;
  paragraphs: number;
  words: number;
  /** Sentences without a quote: what frame tags cover. */
  sentences: TextSpan[];
  /** Sentences carrying a direct quote and its speaker: what attribution tags cover. */
  quotes: TextSpan[];
  /** Each mention of an actor by name or alias, with the actor's index in BENCH_ACTORS. */
  mentions: (TextSpan & { actor: number })[];
  /** Single loaded words ("reckless", "heroic"). */
  loaded: TextSpan[];
  /** Ordinary words of five letters or more: where the benchmark's own new tags go. */
  plainWords: TextSpan[];
}

/**
 * A deterministic ~`words`-word story (the same text on every run, so runs compare): paragraphs of plain
 * sentences, reported speech in quotation marks, actors named by name or alias, and some loaded words.
 * The body is plain ASCII with single spaces and blank lines between paragraphs, so storing it changes nothing.
 */
export function generateArticle(words: number, seed = 7): GeneratedArticle {
  const dice = new Dice(seed);
  const out = new ArticleWriter();
  while (out.words < words) {
    if (out.paragraphs > 0) out.write("\n\n");
    out.paragraphs++;
    const sentences = dice.between(3, 6);
    for (let s = 0; s < sentences && out.words < words; s++) {
      if (s > 0) out.write(" ");
      const roll = dice.random();
      if (roll < 0.22) writeQuote(out, dice);
      else writeSentence(out, dice, roll < 0.5);
    }
  }
  return { body: out.text, ...out.spans, paragraphs: out.paragraphs, words: out.words };
}

function writeSentence(out: ArticleWriter, dice: Dice, named: boolean) {
  const start = out.offset;
  const length = dice.between(8, 21);
  const nameAt = named ? dice.between(0, length - 1) : -1;
  for (let w = 0; w < length; w++) {
    if (w > 0) out.write(" ");
    if (w === nameAt) writeMention(out, dice, w === 0);
    else if (w > 0 && dice.random() < 0.04) out.loadedWord(dice.pick(LOADED_WORDS));
    else out.plainWord(w === 0 ? capitalise(dice.pick(NEWS_WORDS)) : dice.pick(NEWS_WORDS));
  }
  out.write(".");
  out.spans.sentences.push({ start, end: out.offset });
}

function writeQuote(out: ArticleWriter, dice: Dice) {
  const start = out.offset;
  const length = dice.between(6, 17);
  const quoted = Array.from({ length }, () => dice.pick(NEWS_WORDS));
  out.write(`"${capitalise(quoted.join(" "))}," `);
  writeMention(out, dice, false);
  out.write(` ${dice.pick(SAYING_VERBS)}.`);
  out.words += length + 1;
  out.spans.quotes.push({ start, end: out.offset });
}

function writeMention(out: ArticleWriter, dice: Dice, sentenceStart: boolean) {
  const actor = dice.between(0, BENCH_ACTORS.length - 1);
  const name = dice.pick([BENCH_ACTORS[actor].name, ...BENCH_ACTORS[actor].aliases]);
  const start = out.offset;
  out.write(sentenceStart ? capitalise(name) : name);
  out.words += name.split(" ").length;
  out.spans.mentions.push({ start, end: out.offset, actor });
}

class ArticleWriter {
  private parts: string[] = [];
  offset = 0;
  words = 0;
  paragraphs = 0;
  spans: Pick<GeneratedArticle, "sentences" | "quotes" | "mentions" | "loaded" | "plainWords"> = {
    sentences: [],
    quotes: [],
    mentions: [],
    loaded: [],
    plainWords: [],
  };

  write(text: string) {
    this.parts.push(text);
    this.offset += text.length;
  }

  plainWord(word: string) {
    if (word.length >= 5) this.spans.plainWords.push({ start: this.offset, end: this.offset + word.length });
    this.write(word);
    this.words++;
  }

  loadedWord(word: string) {
    this.spans.loaded.push({ start: this.offset, end: this.offset + word.length });
    this.write(word);
    this.words++;
  }

  get text() {
    return this.parts.join("");
  }
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The same linear congruential generator as bench:import: small, fast and the same everywhere. */
class Dice {
  constructor(private state: number) {}

  random(): number {
    this.state = (Math.imul(this.state, 1103515245) + 12345) >>> 0;
    return this.state / 2 ** 32;
  }

  /** A whole number from `low` to `high`, both included. */
  between(low: number, high: number): number {
    return low + Math.floor(this.random() * (high - low + 1));
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)];
  }
}

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { GoldSpan, LoadedDocument } from "./loaded-corpus.ts";

const Article = z.object({ title: z.string(), source: z.string(), "body-paragraphs": z.array(z.array(z.string())) });
const Phrase = z.object({ bias: z.string(), quote: z.string().default(""), start: z.number(), txt: z.string() });
const Annotations = z.object({ "phrase-level-annotations": z.array(Phrase) });

/** How a BASIL technique is named: lexical bias in the outlet's own words or inside a quotation. */
export const BASIL_TECHNIQUES = ["lexical_outside_quote", "lexical_in_quote"];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** An article as one text: its title, then its paragraphs (their sentences joined by a space), a blank line apart. */
export function basilText(article: z.infer<typeof Article>): string {
  return [article.title, ...article["body-paragraphs"].map((sentences) => sentences.join(" "))].join("\n\n");
}

/**
 * Where an annotated phrase stands in the text. BASIL's offsets count within its own paragraph layout, so the
 * phrase is found by its text (spacing aside), at the occurrence nearest the offset it gives.
 */
export function locatePhrase(text: string, phrase: string, near: number): { start: number; end: number } | null {
  const words = phrase.trim().split(/\s+/).map(escape).join("\\s+");
  if (!words) return null;
  const found = [...text.matchAll(new RegExp(words, "g"))].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
  return found.sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near))[0] ?? null;
}

function lexicalSpans(text: string, file: string): { spans: GoldSpan[]; unlocated: number } {
  const phrases = Annotations.parse(JSON.parse(readFileSync(file, "utf8")))["phrase-level-annotations"];
  const spans: GoldSpan[] = [];
  let unlocated = 0;
  for (const phrase of phrases.filter((candidate) => /lex/i.test(candidate.bias))) {
    const place = locatePhrase(text, phrase.txt, phrase.start);
    if (!place) unlocated += 1;
    else spans.push({ technique: BASIL_TECHNIQUES[/^y/i.test(phrase.quote) ? 1 : 0], ...place });
  }
  return { spans: spans.sort((a, b) => a.start - b.start), unlocated };
}

/**
 * Every BASIL article (all of it is the held-out set: there is no split) with its lexical-bias phrases as spans,
 * grouped by outlet, and how many phrases could not be found in the text.
 */
export function readBasil(corpus: string): { documents: LoadedDocument[]; unlocated: number } {
  const documents: LoadedDocument[] = [];
  let unlocated = 0;
  for (const year of readdirSync(path.join(corpus, "articles")).sort()) {
    for (const name of readdirSync(path.join(corpus, "articles", year)).sort()) {
      const article = Article.parse(JSON.parse(readFileSync(path.join(corpus, "articles", year, name), "utf8")));
      const text = basilText(article);
      const annotations = path.join(corpus, "annotations", year, name.replace(/\.json$/, "_ann.json"));
      const found = lexicalSpans(text, annotations);
      unlocated += found.unlocated;
      documents.push({ name: `${year}/${name}`, text, spans: found.spans, group: article.source });
    }
  }
  return { documents, unlocated };
}

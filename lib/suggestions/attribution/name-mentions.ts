import type { TextAnalysis } from "../text/analysis.ts";
import { phraseEndingAt, type Phrase } from "./noun-phrase.ts";

/**
 * Names in the article's own voice ("President Joe Biden", "Hamas"), each with the titles and roles around it:
 * the earlier mentions that pronouns and descriptions of later speakers can stand for.
 */
export function nameMentions(analysis: TextAnalysis): Phrase[] {
  const { tokens } = analysis;
  const mentions: Phrase[] = [];
  for (let index = 0; index < tokens.length; index++) {
    if (!tokens[index].capital || analysis.quoteOf[index] >= 0) continue;
    let last = index;
    const sentence = analysis.sentenceOf[index];
    while (tokens[last + 1]?.capital && analysis.quoteOf[last + 1] < 0 && analysis.sentenceOf[last + 1] === sentence)
      last++;
    const floor = analysis.sentences[analysis.sentenceOf[index]].first;
    const phrase = phraseEndingAt(tokens, last, floor);
    if (phrase) mentions.push(phrase);
    index = last;
  }
  return mentions;
}

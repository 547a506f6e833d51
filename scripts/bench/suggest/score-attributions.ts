import { matchOneToOne } from "./match-spans.ts";
import type { GoldAttribution, Pieces } from "./read-brat.ts";
import { dice, piecesOverlap, wordPositions } from "./word-positions.ts";

export const MIN_DICE = 0.5;

/** Counts over articles; precision, recall and the accuracies are computed from them at the end. */
export interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  speakerRight: number;
  cueRight: number;
}

export interface ArticleScore {
  tally: Tally;
  missed: GoldAttribution[];
  spurious: GoldAttribution[];
  wrongSpeaker: Array<{ gold: GoldAttribution; predicted: GoldAttribution }>;
}

export const emptyTally = (): Tally => ({ gold: 0, predicted: 0, matched: 0, speakerRight: 0, cueRight: 0 });

const QUOTATION_MARK = /["“”„«»‹›]|''/;

/** A direct quote in the scoring's sense: content with a double quotation mark (typewriter `''` too) or a guillemet. */
export function isDirect(text: string, content: Pieces): boolean {
  return content.some(([start, end]) => QUOTATION_MARK.test(text.slice(start, end)));
}

function speakerAgrees(text: string, gold: GoldAttribution, predicted: GoldAttribution): boolean {
  if (!gold.source || !predicted.source) return !gold.source && !predicted.source;
  return dice(wordPositions(text, gold.source), wordPositions(text, predicted.source)) >= MIN_DICE;
}

/**
 * Scores one article: contents matched one to one at word Dice ≥ 0.5; on matched pairs the speaker is right when
 * both have none or theirs reach the same Dice, the cue when the two cues share a character.
 */
export function scoreArticle(text: string, gold: GoldAttribution[], predicted: GoldAttribution[]): ArticleScore {
  const goldWords = gold.map((item) => wordPositions(text, item.content));
  const predictedWords = predicted.map((item) => wordPositions(text, item.content));
  const matches = matchOneToOne(
    gold.length,
    predicted.length,
    (g, p) => dice(goldWords[g], predictedWords[p]),
    MIN_DICE,
  );
  const tally = {
    gold: gold.length,
    predicted: predicted.length,
    matched: matches.length,
    speakerRight: 0,
    cueRight: 0,
  };
  const wrongSpeaker: ArticleScore["wrongSpeaker"] = [];
  for (const match of matches) {
    const pair = { gold: gold[match.gold], predicted: predicted[match.predicted] };
    if (speakerAgrees(text, pair.gold, pair.predicted)) tally.speakerRight += 1;
    else wrongSpeaker.push(pair);
    if (piecesOverlap(pair.gold.cue, pair.predicted.cue)) tally.cueRight += 1;
  }
  const matchedGold = new Set(matches.map((match) => match.gold));
  const matchedPredicted = new Set(matches.map((match) => match.predicted));
  return {
    tally,
    missed: gold.filter((_, index) => !matchedGold.has(index)),
    spurious: predicted.filter((_, index) => !matchedPredicted.has(index)),
    wrongSpeaker,
  };
}

export function addTally(total: Tally, part: Tally): void {
  for (const key of Object.keys(total) as Array<keyof Tally>) total[key] += part[key];
}

export function summarise(tally: Tally) {
  const precision = tally.predicted ? tally.matched / tally.predicted : 0;
  const recall = tally.gold ? tally.matched / tally.gold : 0;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    speakerAccuracy: tally.matched ? tally.speakerRight / tally.matched : 0,
    cueAccuracy: tally.matched ? tally.cueRight / tally.matched : 0,
  };
}

import { wordPositions } from "../suggest/word-positions.ts";
import type { GoldSpan } from "./loaded-corpus.ts";

export interface SpanTally {
  gold: number;
  predicted: number;
  /** Gold spans that share a word with some predicted span. */
  goldFound: number;
  /** Predicted spans that share a word with some gold span. */
  predictedRight: number;
}

export const emptySpanTally = (): SpanTally => ({ gold: 0, predicted: 0, goldFound: 0, predictedRight: 0 });

type Span = Pick<GoldSpan, "start" | "end">;

const sharesWord = (a: Set<number>, b: Set<number>) => [...a].some((position) => b.has(position));

/**
 * Partial-overlap scoring, as the mainstream-news target asks: a predicted span is right when it shares a
 * word (a run of letters or digits, by position) with a gold span, and a gold span is found when a predicted one
 * shares a word with it. Precision and recall count spans, not words, so a long gold span found by one loaded word
 * counts as found.
 */
export function scoreSpans(text: string, gold: Span[], predicted: Span[]): SpanTally {
  const goldWords = gold.map((span) => wordPositions(text, [[span.start, span.end]]));
  const predictedWords = predicted.map((span) => wordPositions(text, [[span.start, span.end]]));
  return {
    gold: gold.length,
    predicted: predicted.length,
    goldFound: goldWords.filter((words) => predictedWords.some((other) => sharesWord(words, other))).length,
    predictedRight: predictedWords.filter((words) => goldWords.some((other) => sharesWord(words, other))).length,
  };
}

export function addSpanTally(total: SpanTally, part: SpanTally): void {
  for (const key of Object.keys(total) as Array<keyof SpanTally>) total[key] += part[key];
}

export function summariseSpans(tally: SpanTally) {
  const precision = tally.predicted ? tally.predictedRight / tally.predicted : 0;
  const recall = tally.gold ? tally.goldFound / tally.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

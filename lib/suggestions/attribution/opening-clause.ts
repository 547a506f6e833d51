import type { TextAnalysis } from "../text/analysis.ts";
import type { Cue } from "./cue.ts";

const SUBORDINATORS = new Set([
  "when",
  "while",
  "as",
  "if",
  "although",
  "though",
  "after",
  "before",
  "because",
  "since",
  "unless",
  "whereas",
  "once",
  "even",
]);

/**
 * `While Sanders has pledged to support Clinton, Devine suggested …`: a report inside a sentence's opening
 * subordinate clause ends with that clause, at the first comma after the cue outside quotes; the main clause
 * after it is the outlet's (or another report). Returns the last token the content may take.
 */
export function openingClauseEnd(analysis: TextAnalysis, cue: Cue, floor: number, ceiling: number): number {
  const { tokens } = analysis;
  if (!SUBORDINATORS.has(tokens[floor]?.lower) || cue.first <= floor) return ceiling;
  for (let index = floor + 1; index < cue.first; index++) if (tokens[index].text === ",") return ceiling;
  for (let index = cue.last + 1; index <= ceiling; index++) {
    if (tokens[index].text === "," && analysis.quoteOf[index] < 0) return index - 1;
  }
  return ceiling;
}

import { suggest } from "../../../lib/suggestions/suggest.ts";
import type { LoadedDocument } from "./loaded-corpus.ts";
import type { Predictor } from "./predictors.ts";
import { addSpanTally, emptySpanTally, scoreSpans, type SpanTally } from "./score-spans.ts";

export interface CorpusScore {
  /** Per predictor, then per gold technique ("any": all of them together). */
  techniques: Map<string, Map<string, SpanTally>>;
  /** Per document group (BABE's outlets), for the first predictor against all techniques. */
  groups: Map<string, SpanTally>;
  /** The first predictor's spans that matched no gold span, and gold spans it missed, by lower-cased text. */
  spurious: Map<string, number>;
  missed: Map<string, number>;
}

const count = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

function tallyOf(tallies: Map<string, SpanTally>, key: string): SpanTally {
  if (!tallies.has(key)) tallies.set(key, emptySpanTally());
  return tallies.get(key)!;
}

/**
 * Runs the suggestion engine once per document and scores what each predictor takes from its suggestions
 * against each technique's spans, against all of them (`any`), and per document group.
 */
export function scoreCorpus(
  documents: LoadedDocument[],
  techniques: string[],
  predictors: Array<[string, Predictor]>,
): CorpusScore {
  const score: CorpusScore = { techniques: new Map(), groups: new Map(), spurious: new Map(), missed: new Map() };
  for (const document of documents) {
    const suggestions = suggest(document.text);
    const gold = document.spans.filter((span) => techniques.includes(span.technique));
    predictors.forEach(([name, predictor], order) => {
      const predicted = predictor(suggestions);
      if (!score.techniques.has(name)) score.techniques.set(name, new Map());
      const byTechnique = score.techniques.get(name)!;
      for (const technique of techniques) {
        const spans = gold.filter((span) => span.technique === technique);
        addSpanTally(tallyOf(byTechnique, technique), scoreSpans(document.text, spans, predicted));
      }
      const all = scoreSpans(document.text, gold, predicted);
      addSpanTally(tallyOf(byTechnique, "any"), all);
      if (order > 0) return;
      addSpanTally(tallyOf(score.groups, document.group), all);
      for (const span of predicted) {
        if (scoreSpans(document.text, gold, [span]).predictedRight === 0)
          count(score.spurious, span.text.toLowerCase());
      }
      for (const span of gold) {
        if (scoreSpans(document.text, [span], predicted).goldFound > 0) continue;
        count(score.missed, document.text.slice(span.start, span.end).toLowerCase().replace(/\s+/g, " "));
      }
    });
  }
  return score;
}

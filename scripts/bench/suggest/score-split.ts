import { suggest } from "../../../lib/suggestions/suggest.ts";
import type { AttributionSuggestion } from "../../../lib/suggestions/types.ts";
import { asPolnearAttributions } from "./predicted-attributions.ts";
import type { PolnearArticle } from "./read-polnear.ts";
import type { GoldAttribution } from "./read-brat.ts";
import { addTally, emptyTally, isDirect, scoreArticle, type ArticleScore, type Tally } from "./score-attributions.ts";

export interface SplitScore {
  all: Tally;
  direct: Tally;
  millis: number[];
  words: number[];
  articles: Array<{ article: PolnearArticle; all: ArticleScore }>;
}

/** Scores the suggestions on every article against its first listed annotator, overall and for direct quotes. */
export function scoreSplit(articles: PolnearArticle[]): SplitScore {
  const score: SplitScore = { all: emptyTally(), direct: emptyTally(), millis: [], words: [], articles: [] };
  for (const article of articles) {
    const gold = article.annotations[0]?.attributions ?? [];
    const started = performance.now();
    const suggestions = suggest(article.text);
    score.millis.push(performance.now() - started);
    score.words.push(article.text.split(/\s+/).filter(Boolean).length);
    const predicted = asPolnearAttributions(
      suggestions.filter((suggestion): suggestion is AttributionSuggestion => suggestion.kind === "attribution"),
    );
    const all = scoreArticle(article.text, gold, predicted);
    const directOnly = (items: GoldAttribution[]) => items.filter((item) => isDirect(article.text, item.content));
    addTally(score.all, all.tally);
    addTally(score.direct, scoreArticle(article.text, directOnly(gold), directOnly(predicted)).tally);
    score.articles.push({ article, all });
  }
  return score;
}

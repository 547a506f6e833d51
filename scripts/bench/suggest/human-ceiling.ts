import type { PolnearArticle } from "./read-polnear.ts";
import type { GoldAttribution } from "./read-brat.ts";
import { addTally, emptyTally, isDirect, scoreArticle, type Tally } from "./score-attributions.ts";

/**
 * Agreement between PolNeAR's own annotators on the articles several of them annotated, scored exactly as the
 * suggestions are (one annotator as gold, the other as prediction, every pair once): the ceiling to read ours by.
 */
export function humanCeiling(articles: PolnearArticle[]): {
  all: Tally;
  direct: Tally;
  articles: number;
  pairs: number;
} {
  const result = { all: emptyTally(), direct: emptyTally(), articles: 0, pairs: 0 };
  for (const article of articles) {
    const annotations = article.annotations;
    if (annotations.length < 2) continue;
    result.articles += 1;
    const directOnly = (items: GoldAttribution[]) => items.filter((item) => isDirect(article.text, item.content));
    for (let a = 0; a < annotations.length; a++) {
      for (let b = a + 1; b < annotations.length; b++) {
        const [gold, other] = [annotations[a].attributions, annotations[b].attributions];
        addTally(result.all, scoreArticle(article.text, gold, other).tally);
        addTally(result.direct, scoreArticle(article.text, directOnly(gold), directOnly(other)).tally);
        result.pairs += 1;
      }
    }
  }
  return result;
}

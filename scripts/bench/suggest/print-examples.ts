import type { SplitScore } from "./score-split.ts";
import type { Pieces } from "./read-brat.ts";

const show = (text: string, pieces: Pieces | null) =>
  pieces?.length
    ? pieces
        .map(([start, end]) => text.slice(start, end))
        .join(" | ")
        .replace(/\s+/g, " ")
    : "-";

/** Prints up to `count` missed, spurious and wrong-speaker attributions, for error analysis on train or dev. */
export function printExamples(score: SplitScore, count: number, log: (line: string) => void): void {
  const kinds = ["missed", "spurious", "wrongSpeaker"] as const;
  for (const kind of kinds) {
    log(`\n== ${kind} ==`);
    let printed = 0;
    for (const { article, all } of score.articles) {
      for (const item of all[kind]) {
        if (printed++ >= count) break;
        const gold = "gold" in item ? item.gold : item;
        const predicted = "predicted" in item ? ` // ours [${show(article.text, item.predicted.source)}]` : "";
        log(
          `${article.name}: [${show(article.text, gold.source)}] <${show(article.text, gold.cue)}> ${show(article.text, gold.content).slice(0, 160)}${predicted}`,
        );
      }
    }
  }
}

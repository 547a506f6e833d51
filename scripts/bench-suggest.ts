/**
 * Scores the suggestion engine's attributions against PolNeAR (Political News Attribution Relations corpus):
 *
 *   npm run bench:suggest -- --corpus /path/to/PolNeAR [--split dev|train] [--examples 20] [--speed]
 *
 * The corpus is read from --corpus or POLNEAR_DIR (a checkout of github.com/networkdynamics/PolNeAR, or its data
 * folder); nothing is fetched. Develop on train and dev: the test split is held out and refused unless
 * --held-out is given. See docs/suggestions.md for the scoring.
 */
import { parseArgs } from "node:util";
import { humanCeiling } from "./bench/suggest/human-ceiling.ts";
import { printExamples } from "./bench/suggest/print-examples.ts";
import { chooseSplit, CorpusMissingError, polnearDataDir, readPolnear } from "./bench/suggest/read-polnear.ts";
import { summarise, type Tally } from "./bench/suggest/score-attributions.ts";
import { scoreSplit } from "./bench/suggest/score-split.ts";
import { measureSpeed } from "./bench/suggest/speed.ts";

const { values: options } = parseArgs({
  options: {
    corpus: { type: "string", default: process.env.POLNEAR_DIR },
    split: { type: "string", default: "dev" },
    "held-out": { type: "boolean", default: false },
    examples: { type: "string", default: "0" },
    speed: { type: "boolean", default: false },
  },
});

const log = (line: string) => process.stdout.write(`${line}\n`);

function row(name: string, tally: Tally): string {
  const s = summarise(tally);
  const cells = [s.precision, s.recall, s.f1, s.speakerAccuracy, s.cueAccuracy].map((v) => v.toFixed(3).padStart(8));
  return `${name.padEnd(22)}${cells.join("")}${String(tally.gold).padStart(7)}${String(tally.predicted).padStart(7)}`;
}

async function main(): Promise<void> {
  const split = chooseSplit(options.split, options["held-out"]);
  if (!options.corpus) throw new CorpusMissingError("Pass the PolNeAR checkout with --corpus or POLNEAR_DIR.");
  const dataDir = polnearDataDir(options.corpus);
  const articles = readPolnear(dataDir, split);
  if (articles.length === 0) throw new CorpusMissingError(`No ${split} articles under ${dataDir}.`);
  const score = scoreSplit(articles);
  log(`PolNeAR ${split}: ${articles.length} articles, gold = first annotator listed in metadata.tsv`);
  log(`${"".padEnd(22)}${["P", "R", "F1", "speaker", "cue"].map((h) => h.padStart(8)).join("")}   gold   ours`);
  log(row("all attributions", score.all));
  log(row("direct quotes", score.direct));
  if (split !== "test") {
    const shared = (["train", "dev", "annotator-training"] as const).flatMap((name) => readPolnear(dataDir, name));
    const ceiling = humanCeiling(shared);
    log(`human ceiling (${ceiling.articles} articles annotated by several annotators, ${ceiling.pairs} pairs):`);
    log(row("  all attributions", ceiling.all));
    log(row("  direct quotes", ceiling.direct));
  }
  const total = score.millis.reduce((sum, value) => sum + value, 0);
  const words = score.words.reduce((sum, value) => sum + value, 0);
  log(
    `engine time: ${(total / articles.length).toFixed(1)} ms per article, ${((1000 * total) / words).toFixed(2)} ms per 1,000 words`,
  );
  if (options.speed) await measureSpeed(articles, log);
  if (Number(options.examples) > 0) printExamples(score, Number(options.examples), log);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof CorpusMissingError ? 2 : 1;
});

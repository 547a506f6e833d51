/**
 * Scores the suggestion engine's loaded-language suggestions against public span annotations:
 *
 *   npm run bench:loaded -- --corpus <path> [--split dev|train] [--examples 20]
 *   npm run bench:loaded -- --corpus <BABE> --split train --learn lib/suggestions/lexicon/babe-loaded-terms.json
 *
 * <path> is the SemEval-2020 Task 11 propaganda corpus (its `datasets` folder with train-articles/ and
 * train-task2-TC.labels: Loaded_Language and Name_Calling,Labeling spans) or BABE (its checkout or
 * data/final_labels_SG2.csv: the biased words of mainstream and partisan news sentences). Nothing is fetched.
 * BASIL (its checkout: articles/ and annotations/) is held out for the final check: refused unless --held-out is
 * given, scored whole (it has no split), never with --examples (they would show its spans). --learn writes the word
 * list learned from BABE's training sentences (and scores nothing). See docs/suggestions.md.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { babeFile, detectCorpus, ptcDatasets, type LoadedCorpusKind } from "./bench/loaded/detect-corpus.ts";
import {
  CorpusMissingError,
  HeldOutError,
  type LoadedDocument,
  type LoadedSplit,
} from "./bench/loaded/loaded-corpus.ts";
import { learnedLexicon } from "./bench/loaded/learned-lexicon.ts";
import { readBabe } from "./bench/loaded/read-babe.ts";
import { BASIL_TECHNIQUES, readBasil } from "./bench/loaded/read-basil.ts";
import { readPtc } from "./bench/loaded/read-ptc.ts";
import { PREDICTORS } from "./bench/loaded/predictors.ts";
import { scoreCorpus } from "./bench/loaded/score-corpus.ts";
import { summariseSpans, type SpanTally } from "./bench/loaded/score-spans.ts";

const { values: options } = parseArgs({
  options: {
    corpus: { type: "string" },
    split: { type: "string", default: "dev" },
    "held-out": { type: "boolean", default: false },
    examples: { type: "string", default: "0" },
    learn: { type: "string" },
  },
});

const PTC_TECHNIQUES = ["Loaded_Language", "Name_Calling,Labeling"];
const log = (line: string) => process.stdout.write(`${line}\n`);

function row(name: string, tally: SpanTally): string {
  const { precision, recall, f1 } = summariseSpans(tally);
  const cells = [precision, recall, f1].map((value) => value.toFixed(3).padStart(8));
  return `${name.padEnd(26)}${cells.join("")}${String(tally.gold).padStart(8)}${String(tally.predicted).padStart(8)}`;
}

function top(counts: Map<string, number>, size: number): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, size)
    .map(([text, times]) => `${times}× ${text.slice(0, 60)}`)
    .join(" · ");
}

// Learning from dev would leave nothing to check the list on: only BABE's training sentences are read.
function learn(file: string, documents: LoadedDocument[]): void {
  const lexicon = learnedLexicon(documents);
  writeFileSync(file, `${JSON.stringify(lexicon, null, 2)}\n`);
  log(`${lexicon.terms.length} words written to ${file}`);
}

const CORPORA = {
  ptc: { title: "SemEval-2020 Task 11 PTC", unit: "articles", techniques: PTC_TECHNIQUES },
  babe: { title: "BABE (SG2)", unit: "sentences", techniques: ["biased_word"] },
  basil: { title: "BASIL lexical bias (held out)", unit: "articles", techniques: BASIL_TECHNIQUES },
};

function readCorpus(kind: LoadedCorpusKind, corpus: string, split: LoadedSplit): LoadedDocument[] {
  if (kind === "ptc") return readPtc(ptcDatasets(corpus)!, split);
  if (kind === "babe") return readBabe(babeFile(corpus)!, split);
  const basil = readBasil(corpus);
  log(`BASIL phrases not found in their article's text (left out): ${basil.unlocated}`);
  return basil.documents;
}

function main(): void {
  if (!options.corpus) throw new CorpusMissingError("Pass the corpus with --corpus (see docs/suggestions.md).");
  if (options.split !== "dev" && options.split !== "train") throw new Error("--split must be dev or train.");
  const split: LoadedSplit = options.split;
  const kind = detectCorpus(options.corpus, options["held-out"]);
  if (kind === "basil" && Number(options.examples) > 0)
    throw new HeldOutError("--examples would print BASIL's spans: the held-out check reports figures only.");
  if (options.learn && (kind !== "babe" || split !== "train"))
    throw new Error("--learn reads BABE's training split only (--split train).");
  const documents = readCorpus(kind, options.corpus, split);
  if (options.learn) return learn(options.learn, documents);
  const corpus = CORPORA[kind];
  const score = scoreCorpus(documents, corpus.techniques, PREDICTORS);
  log(`${corpus.title} ${kind === "basil" ? "all" : split}: ${documents.length} ${corpus.unit}`);
  log("span match: a shared word (partial overlap)");
  log(`${"".padEnd(26)}${["P", "R", "F1"].map((h) => h.padStart(8)).join("")}    gold    ours`);
  for (const [predictor, byTechnique] of score.techniques) {
    log(predictor);
    for (const [technique, tally] of byTechnique) log(row(`  ${technique}`, tally));
  }
  if (kind !== "ptc") {
    log(`${PREDICTORS[0][0]}, by outlet`);
    for (const [group, tally] of score.groups) log(row(`  ${group}`, tally));
  }
  const examples = Number(options.examples);
  if (examples > 0) {
    log(`\nmost frequent suggestions matching no gold span: ${top(score.spurious, examples)}`);
    log(`\nmost frequent gold spans no suggestion touched: ${top(score.missed, examples)}`);
  }
}

try {
  main();
} catch (error: unknown) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = error instanceof CorpusMissingError || error instanceof HeldOutError ? 2 : 1;
}

import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { CorpusMissingError, HeldOutError } from "./loaded-corpus.ts";

export type LoadedCorpusKind = "ptc" | "babe" | "basil";

const BABE_FILE = "final_labels_SG2.csv";

/** The PTC `datasets` folder (articles and technique labels) at or under `corpus`, if there is one. */
export function ptcDatasets(corpus: string): string | null {
  for (const candidate of [path.join(corpus, "datasets"), corpus]) {
    const labels = path.join(candidate, "train-task2-TC.labels");
    if (existsSync(labels) && existsSync(path.join(candidate, "train-articles"))) return candidate;
  }
  return null;
}

/** The BABE labels file: `corpus` itself, or `data/final_labels_SG2.csv` under a checkout. */
export function babeFile(corpus: string): string | null {
  if (existsSync(corpus) && statSync(corpus).isFile() && path.basename(corpus) === BABE_FILE) return corpus;
  for (const candidate of [path.join(corpus, "data", BABE_FILE), path.join(corpus, BABE_FILE)]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

// BASIL (launchnlp/BASIL): articles/ and annotations/ folders of <year>/<uuid>_<n>[_ann].json, or its dataset.zip.
function looksLikeBasil(corpus: string): boolean {
  if (/basil/i.test(path.basename(path.resolve(corpus)))) return true;
  if (!existsSync(corpus) || !statSync(corpus).isDirectory()) return false;
  const entries = new Set(readdirSync(corpus));
  return entries.has("dataset.zip") || (entries.has("annotations") && entries.has("articles"));
}

/**
 * Which loaded-language corpus `corpus` points at. BASIL is held out for the final check, like PolNeAR's test
 * split: it is refused before anything of it is read, unless `heldOut` says this is that check.
 */
export function detectCorpus(corpus: string, heldOut: boolean): LoadedCorpusKind {
  if (looksLikeBasil(corpus)) {
    if (!heldOut) throw new HeldOutError("BASIL is held out: it is scored once, at the end, with --held-out.");
    if (!existsSync(path.join(corpus, "articles")) || !existsSync(path.join(corpus, "annotations")))
      throw new CorpusMissingError(
        `BASIL's articles/ and annotations/ folders are not in ${corpus} (unzip dataset.zip).`,
      );
    return "basil";
  }
  if (ptcDatasets(corpus)) return "ptc";
  if (babeFile(corpus)) return "babe";
  throw new CorpusMissingError(
    `No loaded-language corpus at ${corpus}. Expected the SemEval-2020 Task 11 PTC datasets folder ` +
      `(train-articles/ and train-task2-TC.labels) or BABE's data/${BABE_FILE}; see docs/suggestions.md.`,
  );
}

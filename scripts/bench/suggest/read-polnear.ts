import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readBrat, type GoldAttribution } from "./read-brat.ts";

export const SPLITS = ["train", "dev", "test", "annotator-training"] as const;
export type Split = (typeof SPLITS)[number];

export interface PolnearArticle {
  name: string;
  text: string;
  /** Each annotator's attributions, in the order metadata.tsv lists the annotators. */
  annotations: Array<{ annotator: string; attributions: GoldAttribution[] }>;
}

export class CorpusMissingError extends Error {}

/**
 * The split to score: train, dev (the default) or annotator-training. The test split is held out for one final
 * check and is refused unless `heldOut` says this is that check.
 */
export function chooseSplit(name: string | undefined, heldOut: boolean): Split {
  const split = (name ?? "dev") as Split;
  if (!SPLITS.includes(split)) throw new Error(`--split must be one of ${SPLITS.join(", ")}.`);
  if (split === "test" && !heldOut)
    throw new Error("The test split is held out: it is scored once, at the end, with --held-out.");
  return split;
}

/** The `data` folder of a PolNeAR checkout, given the checkout or the data folder itself. */
export function polnearDataDir(corpus: string): string {
  for (const candidate of [path.join(corpus, "data"), corpus]) {
    if (existsSync(path.join(candidate, "metadata.tsv"))) return candidate;
  }
  throw new CorpusMissingError(
    `No PolNeAR corpus at ${corpus} (expected data/metadata.tsv). Get it with ` +
      "`git clone https://github.com/networkdynamics/PolNeAR` and pass the folder with --corpus or POLNEAR_DIR.",
  );
}

/**
 * The articles of one split with every annotator's attributions. Annotations of a file the metadata lists but
 * the checkout lacks are skipped, so a partial copy (without the held-out split) works.
 */
export function readPolnear(dataDir: string, split: Split): PolnearArticle[] {
  const [header, ...rows] = readFileSync(path.join(dataDir, "metadata.tsv"), "utf8").trim().split("\n");
  const column = Object.fromEntries(header.split("\t").map((name, index) => [name, index]));
  const articles: PolnearArticle[] = [];
  for (const row of rows.map((line) => line.split("\t"))) {
    if (row[column.compartment] !== split) continue;
    const name = row[column.filename];
    const folder = path.join(dataDir, split);
    const textPath = path.join(folder, "text", `${name}.txt`);
    if (!existsSync(textPath)) continue;
    const annotations = row[column.annotators]
      .split("|")
      .map((annotator) => ({ annotator, file: path.join(folder, "attributions", `${name}_${annotator}.ann`) }))
      .filter(({ file }) => existsSync(file))
      .map(({ annotator, file }) => ({ annotator, attributions: readBrat(readFileSync(file, "utf8")) }));
    articles.push({ name, text: readFileSync(textPath, "utf8"), annotations });
  }
  return articles;
}

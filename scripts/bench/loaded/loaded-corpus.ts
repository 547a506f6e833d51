/** A technique's span in a document: what a benchmark scores loaded-language suggestions against. */
export interface GoldSpan {
  technique: string;
  start: number;
  end: number;
}

/** One scored text: an article (PTC) or a sentence (BABE), with its gold spans and a group to report by. */
export interface LoadedDocument {
  name: string;
  text: string;
  spans: GoldSpan[];
  group: string;
}

export type LoadedSplit = "train" | "dev";

export class CorpusMissingError extends Error {}

/** The corpus is held out: scoring it needs --held-out, once, for the final check. */
export class HeldOutError extends Error {}

const DEV_EVERY = 5;

/**
 * Neither corpus ships a usable dev split with labels, so one is set aside the same way in both: documents in
 * their corpus order (PTC articles sorted by id, BABE rows in file order), every fifth one (the 5th, 10th, …) is
 * dev, the rest train.
 */
export function inSplit(position: number, split: LoadedSplit): boolean {
  const dev = position % DEV_EVERY === DEV_EVERY - 1;
  return split === "dev" ? dev : !dev;
}

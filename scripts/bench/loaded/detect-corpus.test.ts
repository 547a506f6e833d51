import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectCorpus } from "./detect-corpus.ts";
import { CorpusMissingError, HeldOutError } from "./loaded-corpus.ts";

function folder(files: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), "loaded-corpus-"));
  for (const file of files) {
    const target = path.join(root, file);
    if (file.endsWith("/")) mkdirSync(target, { recursive: true });
    else {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, "");
    }
  }
  return root;
}

describe("loaded-language corpus detection", () => {
  it("recognises the PTC datasets folder and BABE's labels", () => {
    expect(detectCorpus(folder(["datasets/train-articles/", "datasets/train-task2-TC.labels"]), false)).toBe("ptc");
    expect(detectCorpus(folder(["data/final_labels_SG2.csv"]), false)).toBe("babe");
  });

  it("refuses BASIL, the held-out set, without --held-out, by its layout or its name", () => {
    expect(() => detectCorpus(folder(["articles/2010/", "annotations/2010/"]), false)).toThrow(HeldOutError);
    const named = path.join(folder([]), "BASIL");
    mkdirSync(named);
    expect(() => detectCorpus(named, false)).toThrow(HeldOutError);
  });

  it("takes BASIL with --held-out once its folders are unpacked", () => {
    expect(detectCorpus(folder(["articles/2010/", "annotations/2010/"]), true)).toBe("basil");
    expect(() => detectCorpus(folder(["BASIL/dataset.zip"]) + "/BASIL", true)).toThrow(CorpusMissingError);
  });

  it("says what it expected when nothing fits", () => {
    expect(() => detectCorpus(folder(["notes.txt"]), false)).toThrow(CorpusMissingError);
  });
});

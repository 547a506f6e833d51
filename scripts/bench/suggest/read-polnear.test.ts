import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chooseSplit, CorpusMissingError, polnearDataDir, readPolnear } from "./read-polnear.ts";

const corpus = mkdtempSync(path.join(tmpdir(), "polnear-"));
afterAll(() => rmSync(corpus, { recursive: true, force: true }));

function write(relative: string, content: string) {
  const file = path.join(corpus, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

describe("PolNeAR reading", () => {
  it("refuses the held-out test split unless told this is the held-out check", () => {
    expect(chooseSplit(undefined, false)).toBe("dev");
    expect(chooseSplit("train", false)).toBe("train");
    expect(() => chooseSplit("test", false)).toThrow(/held out/);
    expect(chooseSplit("test", true)).toBe("test");
    expect(() => chooseSplit("everything", false)).toThrow(/--split/);
  });

  it("says where to get the corpus when it is missing", () => {
    expect(() => polnearDataDir(path.join(corpus, "nowhere"))).toThrow(CorpusMissingError);
    expect(() => polnearDataDir(path.join(corpus, "nowhere"))).toThrow(
      /git clone https:\/\/github.com\/networkdynamics\/PolNeAR/,
    );
  });

  it("reads a split's texts and every annotator's attributions, in metadata order", () => {
    write(
      "data/metadata.tsv",
      "compartment\tfilename\tlevel\tannotators\n" +
        "dev\tone\t1\tb2|a1\n" +
        "train\ttwo\t1\ta1\n" +
        "test\tthree\t1\ta1\n",
    );
    write("data/dev/text/one.txt", "He said it.");
    write(
      "data/dev/attributions/one_a1.ann",
      "T1\tContent 8 10\tit\nT2\tCue 3 7\tsaid\nE1\tAttribution:T2 Content:T1 Cue:T2\n",
    );
    write("data/dev/attributions/one_b2.ann", "");
    const dataDir = polnearDataDir(corpus);
    const [article] = readPolnear(dataDir, "dev");
    expect(article.name).toBe("one");
    expect(article.annotations.map((annotation) => annotation.annotator)).toEqual(["b2", "a1"]);
    expect(article.annotations[1].attributions).toEqual([{ content: [[8, 10]], cue: [[3, 7]], source: null }]);
    expect(readPolnear(dataDir, "test")).toEqual([]);
  });
});

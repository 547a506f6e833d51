import { describe, expect, it } from "vitest";
import { selectWords, wordEvidence } from "./learn-word-list.ts";
import type { LoadedDocument } from "./loaded-corpus.ts";

function sentence(text: string, marked: string[]): LoadedDocument {
  const spans = marked.map((word) => {
    const start = text.indexOf(word);
    return { technique: "biased_word", start, end: start + word.length };
  });
  return { name: text, text, spans, group: "outlet" };
}

const documents = [
  sentence("The radical plan failed.", ["radical"]),
  sentence("Radicals marched on the plan.", ["Radicals"]),
  sentence("A radical idea, the plan.", []),
  sentence(`"This plan is radical," he said.`, []),
  sentence("The plan was absurd.", ["absurd"]),
];

describe("learning a word list from biased-word annotations", () => {
  it("counts a word's occurrences outside quotations and those marked, endings counting for the stem", () => {
    const evidence = wordEvidence(documents);
    expect(evidence.get("radical")).toEqual({ seen: 3, marked: 2 });
    expect(evidence.get("radicals")).toEqual({ seen: 1, marked: 1 });
    expect(evidence.get("plan")).toEqual({ seen: 4, marked: 0 });
  });

  it("keeps words marked often and precisely enough, not listed elsewhere, and drops forms their stem covers", () => {
    const evidence = wordEvidence(documents);
    expect(selectWords(evidence, { minPrecision: 0.4, minMarked: 1 }, new Set())).toEqual(["absurd", "radical"]);
    expect(selectWords(evidence, { minPrecision: 0.4, minMarked: 2 }, new Set())).toEqual(["radical"]);
    expect(selectWords(evidence, { minPrecision: 0.7, minMarked: 2 }, new Set())).toEqual([]);
    expect(selectWords(evidence, { minPrecision: 0.4, minMarked: 1 }, new Set(["radical"]))).toEqual([
      "absurd",
      "radicals",
    ]);
  });
});

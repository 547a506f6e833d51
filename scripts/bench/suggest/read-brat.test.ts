import { describe, expect, it } from "vitest";
import { readBrat } from "./read-brat.ts";

const ANN = [
  "T9\tContent 315 448;463 553\t“One …,” “Yesterday …”",
  "T10\tCue 449 453\tsaid",
  "T11\tSource 454 461\tCaddell",
  "T12\tAttribution 449 453\tsaid",
  "E3\tAttribution:T12 Source:T11 Cue:T10 Content:T9",
  "T16\tContent 573 598\thas faced ridicule online",
  "T17\tCue 560 572\treportedly",
  "T18\tAttribution-no-source 573 598\thas faced ridicule online",
  "E5\tAttribution-no-source:T18 Content:T16 Cue:T17",
  "E6\tAttribution:T12",
  "",
].join("\n");

describe("readBrat", () => {
  it("ties content, cue and source together, keeps discontinuous pieces and skips attributions without content", () => {
    expect(readBrat(ANN)).toEqual([
      {
        content: [
          [315, 448],
          [463, 553],
        ],
        cue: [[449, 453]],
        source: [[454, 461]],
      },
      { content: [[573, 598]], cue: [[560, 572]], source: null },
    ]);
  });
});

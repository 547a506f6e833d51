import { describe, expect, it } from "vitest";
import { attributionsIn } from "../test-support.ts";

describe("a question put to someone", () => {
  it("takes the question after “Asked” opening a sentence, up to its comma", () => {
    expect(attributionsIn("Asked if he was ever bullied, the candidate smiled.")).toEqual([
      expect.objectContaining({
        rule: "indirect.asked",
        content: ["if he was ever bullied"],
        cue: "Asked",
        speaker: null,
      }),
    ]);
  });

  it("names the asker after “by”, and reads “when asked” mid-sentence", () => {
    expect(attributionsIn("Asked by Stephanopoulos to respond to the criticism, Carson smiled.")).toEqual([
      expect.objectContaining({ content: ["to respond to the criticism"], speaker: "Stephanopoulos" }),
    ]);
    expect(attributionsIn("Christie nodded when asked whether he would issue a quarantine.")).toEqual([
      expect.objectContaining({ rule: "indirect.asked", content: ["whether he would issue a quarantine"] }),
    ]);
  });

  it("leaves “asked” that reports no question alone", () => {
    expect(attributionsIn("The voters asked for more.").filter((found) => found.rule === "indirect.asked")).toEqual([]);
  });
});

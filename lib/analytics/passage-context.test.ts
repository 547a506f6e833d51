import { describe, expect, it } from "vitest";
import { CONTEXT_CHARACTERS, passageContext } from "./passage-context.ts";

describe("passageContext", () => {
  it("keeps the rest of the passage's paragraph on each side", () => {
    const window = "First paragraph.\n\nThe mayor said it was safe. Others disagreed.\n\nLast.";
    expect(passageContext(window, "said it was safe", 28)).toEqual({
      before: "The mayor ",
      after: ". Others disagreed.",
    });
  });

  it("cuts long context at a word boundary with an ellipsis", () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(" ");
    const window = `${words} QUOTE ${words}`;
    const context = passageContext(window, "QUOTE", words.length + 1);
    expect(context.before.startsWith("…word")).toBe(true);
    expect(context.before.length).toBeLessThanOrEqual(CONTEXT_CHARACTERS + 1);
    expect(context.after.endsWith("…")).toBe(true);
    expect(context.after).toMatch(/^ word0 word1/);
  });

  it("picks the occurrence nearest to where the passage should be", () => {
    expect(passageContext("a X b X c", "X", 6)).toEqual({ before: "a X b ", after: " c" });
    expect(passageContext("nothing here", "X", 0)).toEqual({ before: "", after: "" });
  });
});

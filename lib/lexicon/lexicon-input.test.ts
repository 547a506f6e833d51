import { describe, expect, it } from "vitest";
import { lexiconInputSchema, termKey } from "./lexicon-input.ts";

describe("a lexicon term as submitted", () => {
  it("is one trimmed line under a loaded-language code, with an optional note", () => {
    expect(
      lexiconInputSchema.parse({ term: "  witch \n hunt ", categoryCode: "loaded.loaded_term", note: " " }),
    ).toEqual({ term: "witch hunt", categoryCode: "loaded.loaded_term", direction: null, note: null });
  });

  it("takes a direction, or none when the target decides, and refuses any other value", () => {
    const parse = (direction?: string) =>
      lexiconInputSchema.safeParse({ term: "stooge", categoryCode: "loaded.loaded_term", direction });
    expect(parse("unfavourable").data?.direction).toBe("unfavourable");
    expect(parse("").data?.direction).toBeNull();
    expect(parse(undefined).data?.direction).toBeNull();
    expect(parse("hostile").error?.issues.map((issue) => issue.message)).toEqual([
      "Choose favourable, unfavourable or “depends on the target”.",
    ]);
  });

  it("refuses an empty term, one with no word, and a category outside loaded language", () => {
    const issues = (input: object) => lexiconInputSchema.safeParse(input).error?.issues.map((issue) => issue.message);
    expect(issues({ term: " ", categoryCode: "loaded.euphemism" })).toEqual(["Type the word or phrase to suggest."]);
    expect(issues({ term: "--", categoryCode: "loaded.euphemism" })).toEqual([
      "A term needs at least one letter or digit.",
    ]);
    expect(issues({ term: "regime", categoryCode: "naming.actor" })).toEqual([
      "Choose the kind of loaded language the term is.",
    ]);
  });

  it("compares terms without case, spacing or curly apostrophes", () => {
    expect(termKey(" Nanny  State’s ")).toBe(termKey("nanny state's"));
  });
});

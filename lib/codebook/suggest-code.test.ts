import { describe, expect, it } from "vitest";
import { slugOf, suggestCategoryCode, suggestCode } from "./suggest-code.ts";

describe("suggested codes", () => {
  it("turns a label into lower-case words joined by underscores, starting with a letter", () => {
    expect(slugOf("Fairness & equality")).toBe("fairness_equality");
    expect(slugOf("  Économie — coûts ")).toBe("economie_couts");
    expect(slugOf("2024 election")).toBe("election");
    expect(slugOf("!!!")).toBe("");
  });

  it("prefixes a category's code with its kind and numbers a code that is taken", () => {
    expect(suggestCategoryCode("FRAME", "Maritime heritage", new Set())).toBe("frame.maritime_heritage");
    expect(suggestCategoryCode("LOADED_LANGUAGE", "Scare quotes", new Set())).toBe("loaded.scare_quotes");
    const taken = new Set(["frame.economic", "frame.economic_2"]);
    expect(suggestCategoryCode("FRAME", "Economic", taken)).toBe("frame.economic_3");
    expect(suggestCode("", new Set())).toBe("item");
  });

  it("keeps codes short", () => {
    expect(slugOf("a very long label ".repeat(10)).length).toBeLessThanOrEqual(40);
    expect(slugOf("a very long label ".repeat(10))).not.toMatch(/_$/);
  });
});

import { describe, expect, it } from "vitest";
import { languageName, languageTag } from "./language.ts";

describe("languageTag and languageName", () => {
  it("names valid tags in English", () => {
    expect(languageTag("EN-gb")).toBe("en-GB");
    expect(languageName("en")).toBe("English");
    expect(languageName("ar")).toBe("Arabic");
  });

  it("keeps an invalid value out of the lang attribute but still shows it", () => {
    expect(languageTag("not a tag")).toBeUndefined();
    expect(languageName("not a tag")).toBe("not a tag");
    expect(languageName(null)).toBeNull();
  });
});

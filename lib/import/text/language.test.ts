import { describe, expect, it } from "vitest";
import { detectLanguage, primaryLanguageSubtag } from "./language.ts";

describe("primaryLanguageSubtag", () => {
  it.each([
    ["en-US", "en"],
    ["pt_BR", "pt"],
    ["DE", "de"],
    ["und", null],
    ["", null],
    ["english", null],
  ])("%s → %s", (declared, expected) => {
    expect(primaryLanguageSubtag(declared)).toBe(expected);
  });
});

describe("detectLanguage", () => {
  it("names the language of a clear paragraph with its two-letter code", () => {
    const german =
      "Die Stadtwerke erhöhen zum ersten Januar die Preise für Strom und Gas. Ein durchschnittlicher Haushalt muss künftig mit rund neunzig Euro Mehrkosten im Jahr rechnen, teilte das Unternehmen am Dienstag mit.";
    expect(detectLanguage(german)).toBe("de");
  });

  it("stays silent on text too short to judge", () => {
    expect(detectLanguage("Breaking news: more soon.")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { suggest } from "../suggest.ts";
import type { LoadedLanguageSuggestion, SuggestOptions } from "../types.ts";

function loadedIn(text: string, options: SuggestOptions = {}) {
  return suggest(text, options)
    .filter((suggestion): suggestion is LoadedLanguageSuggestion => suggestion.kind === "loaded_language")
    .map(({ text: term, category, direction, target }) => ({
      term,
      category,
      direction,
      target: target?.text ?? null,
    }));
}

describe("loaded language", () => {
  it("finds lexicon terms in the outlet's own voice, with category and direction, aimed at the nearest actor", () => {
    const actors = [{ id: "gov", name: "the government", aliases: ["Damascus"] }];
    expect(loadedIn("The regime in Damascus shelled the town, a bloodbath by any measure.", { actors })).toEqual([
      { term: "regime", category: "loaded.loaded_term", direction: "unfavourable", target: "Damascus" },
      { term: "bloodbath", category: "loaded.intensifier", direction: null, target: "Damascus" },
    ]);
  });

  it("matches phrases and inflected forms, ignoring case", () => {
    expect(loadedIn("Officials called it Collateral Damage. Critics were slammed.").map((found) => found.term)).toEqual(
      ["Collateral Damage", "slammed"],
    );
  });

  it("says which list holds the term: the shipped lists, or the admins' additions", () => {
    const whyOf = (text: string, options: SuggestOptions = {}) =>
      suggest(text, options).find((suggestion) => suggestion.kind === "loaded_language")?.why;
    expect(whyOf("Officials called it a stunt.")).toBe("“stunt” is in the loaded-language lexicon (Framewise's list)");
    expect(whyOf("The response was abhorrent.")).toContain("(VADER's strongly negative words)");
    expect(whyOf("The plan was absurd.")).toContain("(words BABE's annotators marked as biased)");
    const extraLexicon = [{ term: "stunt", category: "loaded.euphemism" as const, direction: null }];
    expect(whyOf("Officials called it a stunt.", { extraLexicon })).toContain("(the admins' additions)");
  });

  it("leaves words inside a quotation to the source", () => {
    expect(loadedIn(`"This regime is a tyranny," the opposition leader said.`)).toEqual([]);
  });

  it("takes entries added to the lexicon", () => {
    const extraLexicon = [
      { term: "cover-up", category: "loaded.loaded_term" as const, direction: "unfavourable" as const },
    ];
    expect(loadedIn("Critics called the delay a cover-up.", { extraLexicon })).toHaveLength(1);
    const added = [{ term: "delay tactics", category: "loaded.euphemism" as const, direction: "favourable" as const }];
    expect(loadedIn("The council used delay tactics.", { extraLexicon: added })[0]).toMatchObject({
      term: "delay tactics",
      category: "loaded.euphemism",
    });
  });
});

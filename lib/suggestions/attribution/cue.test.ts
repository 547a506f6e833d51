import { describe, expect, it } from "vitest";
import { tokenize } from "../text/tokenize.ts";
import { cueAt } from "./cue.ts";

function cueIn(text: string, word: string) {
  const tokens = tokenize(text);
  const cue = cueAt(
    tokens,
    tokens.findIndex((token) => token.text === word),
  );
  return (
    cue && {
      lemma: cue.verb.lemma,
      class: cue.verb.class,
      words: text.slice(tokens[cue.first].start, tokens[cue.last].end),
    }
  );
}

describe("cueAt", () => {
  it("knows reporting verbs in every form, with their class", () => {
    expect(cueIn("He said so.", "said")).toEqual({ lemma: "say", class: "neutral", words: "said" });
    expect(cueIn("She insists it works.", "insists")).toMatchObject({ lemma: "insist", class: "evaluative" });
    expect(cueIn("They alleged fraud.", "alleged")).toMatchObject({ class: "evaluative" });
    expect(cueIn("He boasted about it.", "boasted")).toMatchObject({ class: "evaluative" });
  });

  it("takes a phrasal verb's particle", () => {
    expect(cueIn("She pointed out that it failed.", "pointed")).toMatchObject({
      lemma: "point out",
      words: "pointed out",
    });
  });

  it("refuses nouns, adjectives, passives and names", () => {
    expect(cueIn("The claims were false.", "claims")).toBeNull();
    expect(cueIn("The alleged attack happened.", "alleged")).toBeNull();
    expect(cueIn("He was told to leave.", "told")).toBeNull();
    expect(cueIn("The Islamic State said nothing.", "State")).toBeNull();
    expect(cueIn("Trump Says Clinton Lied", "Says")).toMatchObject({ lemma: "say" });
  });
});

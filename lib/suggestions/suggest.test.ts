import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { suggest } from "./suggest.ts";
import type { AttributionSuggestion, Suggestion } from "./types.ts";

const SEED = readFileSync(path.join(import.meta.dirname, "fixtures", "seed-article.txt"), "utf8");
const ACTORS = [
  { id: "hamas", name: "Hamas", aliases: ["the Hamas movement"] },
  { id: "israel", name: "Israel", aliases: ["Israeli Defense Forces", "IDF"] },
  { id: "biden", name: "Joe Biden", aliases: ["Biden", "President Biden"] },
];

const attributions = (suggestions: Suggestion[]) =>
  suggestions.filter((suggestion): suggestion is AttributionSuggestion => suggestion.kind === "attribution");

describe("suggest on the seed article", () => {
  const suggestions = suggest(SEED, { actors: ACTORS });
  const found = attributions(suggestions);

  it("finds the quoted Hamas statement and who issued it", () => {
    const statement = found.find((s) => s.text.startsWith(`"The Hamas movement and the Palestinian factions`));
    expect(statement).toMatchObject({
      form: "direct",
      anonymous: false,
      verb: "state",
      verbClass: "neutral",
      actorId: "hamas",
    });
    expect(statement?.speaker?.text).toBe("Hamas");
    expect(statement?.cue?.text).toBe("stated");
  });

  it("finds the anonymous source close to Hamas, in its indirect report and its quote", () => {
    const anonymous = found.filter((s) => s.anonymous);
    expect(anonymous.map((s) => s.speaker?.text)).toContain("an anonymous source close to Hamas");
    const quote = anonymous.find((s) => s.text.startsWith(`"They [Israel] must first stop the massacres`));
    expect(quote).toMatchObject({ form: "direct", actorId: "hamas" });
    expect(quote?.speakerMention?.text).toBe("the source");
    expect(quote?.speaker?.text).toBe("an anonymous source close to Hamas");
  });

  it("finds President Biden's address, spoken by “the president”", () => {
    const address = found.find((s) => s.text.startsWith(`"Hamas says it wants a ceasefire.`));
    expect(address).toMatchObject({ form: "direct", actorId: "biden", verb: "say" });
    expect(address?.speaker?.text).toBe("President Joe Biden");
    expect(address?.speakerMention?.text).toBe("the president");
  });

  it("says why each suggestion was made, and every span is the text at its offsets", () => {
    for (const suggestion of suggestions) {
      expect(suggestion.rule).toBeTruthy();
      expect(suggestion.why).toBeTruthy();
      expect(SEED.slice(suggestion.start, suggestion.end)).toBe(suggestion.text);
      const spans =
        suggestion.kind === "attribution"
          ? [...suggestion.parts, suggestion.speaker, suggestion.cue]
          : [suggestion.target];
      for (const span of spans) if (span) expect(SEED.slice(span.start, span.end)).toBe(span.text);
    }
  });
});

describe("suggest", () => {
  it("is deterministic and sorted by position", () => {
    const first = suggest(SEED, { actors: ACTORS });
    expect(suggest(SEED, { actors: ACTORS })).toEqual(first);
    const starts = first.map((suggestion) => suggestion.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it("counts offsets in UTF-16 code units, so astral characters before a quote keep them right", () => {
    const text = `🚒🔥 Fire update 𝐁𝐑𝐄𝐀𝐊𝐈𝐍𝐆. "We evacuated the block," the fire chief said.`;
    const [quote] = attributions(suggest(text));
    expect(text.slice(quote.start, quote.end)).toBe(`"We evacuated the block,"`);
    expect(quote.speaker?.text).toBe("the fire chief");
  });

  it("suggests nothing for text without reports", () => {
    expect(suggest("")).toEqual([]);
    expect(attributions(suggest("The river rose two metres overnight."))).toEqual([]);
  });
});

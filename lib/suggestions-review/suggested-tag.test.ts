import { describe, expect, it } from "vitest";
import { suggest } from "../suggestions/suggest.ts";
import { suggestedTag } from "./suggested-tag.ts";

const category = { id: "category", kind: "ATTRIBUTION" as const, label: "Attribution" };
const actors = [{ id: "hamas", name: "Hamas", aliases: [] }];

describe("the tag a suggestion makes", () => {
  it("fills an attribution's form, speaker resolved from a pronoun, verb as written and its class", () => {
    const text = "Hamas rejected the plan. It claimed that the talks were a trap.";
    const [, claim] = suggest(text, { actors }).filter((suggestion) => suggestion.kind === "attribution");
    expect(suggestedTag(claim, category)).toEqual({
      categoryId: "category",
      kind: "ATTRIBUTION",
      label: "Attribution",
      startOffset: claim.start,
      endOffset: claim.end,
      quotedText: "the talks were a trap",
      attributes: {
        form: "indirect",
        anonymous: false,
        speaker: "Hamas",
        speakerType: null,
        verb: "claimed",
        verbClass: "evaluative",
      },
      actorId: "hamas",
      claimId: null,
    });
  });

  it("gives loaded language its direction, 'unfavourable' when the lexicon leaves it to the target", () => {
    const loaded = { id: "loaded", kind: "LOADED_LANGUAGE" as const, label: "Loaded term" };
    const [term] = suggest("Officials called it a brazen move.", {
      extraLexicon: [{ term: "brazen", category: "loaded.loaded_term", direction: null }],
    }).filter((suggestion) => suggestion.kind === "loaded_language");
    expect(suggestedTag(term, loaded).attributes).toEqual({ direction: "unfavourable" });
  });
});

import { describe, expect, it } from "vitest";
import { attributionsIn, onlyAttribution } from "../test-support.ts";

describe("indirect speech after a reporting verb", () => {
  it("takes what follows the verb, with or without “that”, to the end of the clause", () => {
    expect(onlyAttribution("Hamas said it would boycott the negotiations.")).toMatchObject({
      rule: "indirect.that-clause",
      form: "indirect",
      content: ["it would boycott the negotiations"],
      speaker: "Hamas",
      cue: "said",
    });
    expect(onlyAttribution("The ministry said on Tuesday that the border would stay closed.").content).toEqual([
      "the border would stay closed",
    ]);
  });

  it("skips the hearer of “told”, and the occasion", () => {
    const told = onlyAttribution("A source close to Hamas told the Middle East Eye that the group would not return.");
    expect(told).toMatchObject({
      content: ["the group would not return"],
      speaker: "A source close to Hamas",
      anonymous: true,
    });
    expect(onlyAttribution("Biden said in a White House address that the war must end.").content).toEqual([
      "the war must end",
    ]);
  });

  it("reads warned, urged and accused, with their verb class", () => {
    expect(onlyAttribution("The agency warned of more flooding along the coast.")).toMatchObject({
      content: ["of more flooding along the coast"],
      verbClass: "evaluative",
    });
    expect(onlyAttribution("The mayor urged residents to stay indoors.").content).toEqual([
      "residents to stay indoors",
    ]);
    expect(onlyAttribution("Sanders accused him of preventing Americans from standing together.")).toMatchObject({
      content: ["him of preventing Americans from standing together"],
      verbClass: "evaluative",
    });
  });

  it("gives a participle after a comma the sentence's subject as speaker", () => {
    expect(attributionsIn("Sanders denounced the attacks, saying his campaign does not want them.")).toContainEqual(
      expect.objectContaining({ cue: "saying", speaker: "Sanders", content: ["his campaign does not want them"] }),
    );
  });

  it("ends the content where another report begins", () => {
    expect(attributionsIn("Clinton says she respects Sanders but argues that he cannot deliver.")).toMatchObject([
      { cue: "says", content: ["she respects Sanders"] },
      { cue: "argues", content: ["he cannot deliver"], speaker: "Clinton" },
    ]);
  });

  it("asks a clause of thoughts, and leaves plain objects alone", () => {
    expect(onlyAttribution("Officials believe the fire was set deliberately.").content).toEqual([
      "the fire was set deliberately",
    ]);
    expect(attributionsIn("She knows Ohio well and wrote the letter herself.")).toEqual([]);
  });

  it("does not take nouns for verbs", () => {
    expect(attributionsIn("The claims in the report were dismissed by the court.")).toEqual([]);
  });

  it("reads intentions, stances and impressions with an infinitive, and what a speaker expressed or opposed", () => {
    expect(onlyAttribution("The campaign declined to comment on the report.")).toMatchObject({
      cue: "declined",
      content: ["to comment on the report"],
    });
    expect(onlyAttribution("Trump seemed to suggest that the election was rigged.")).toMatchObject({ cue: "seemed" });
    expect(onlyAttribution("Rubio expressed concern about the deal with Iran.")).toMatchObject({
      cue: "expressed",
      content: ["concern about the deal with Iran"],
    });
  });

  it("takes a whole opening noun phrase the speaker words cannot delimit as the speaker", () => {
    expect(onlyAttribution("The billionaire real estate magnate says the game has become too soft.")).toMatchObject({
      speaker: "The billionaire real estate magnate",
      content: ["the game has become too soft"],
    });
    expect(attributionsIn("Because he said so, the plan is dead.")).toEqual([]);
  });

  it("ends the content before a clause with a subject of its own, or with an opening subordinate clause", () => {
    expect(attributionsIn("Carter said the approach remained strong, but he warned China against it.")).toContainEqual(
      expect.objectContaining({ cue: "said", content: ["the approach remained strong"] }),
    );
    expect(
      attributionsIn("While Sanders has pledged to support Clinton as the nominee, Devine expects a long fight."),
    ).toContainEqual(expect.objectContaining({ cue: "pledged", content: ["to support Clinton as the nominee"] }));
  });

  it("reads naming with “call”, a time between speaker and verb, and an aside after “that,”", () => {
    expect(onlyAttribution("The Trump campaign called the charges unsubstantiated.")).toMatchObject({
      cue: "called",
      content: ["the charges unsubstantiated"],
    });
    expect(onlyAttribution("Hillary Clinton on Tuesday said that the violence is genocide.")).toMatchObject({
      speaker: "Hillary Clinton",
      content: ["the violence is genocide"],
    });
    expect(onlyAttribution("He said that, if elected, he would leave such decisions to the generals.").content).toEqual(
      ["if elected, he would leave such decisions to the generals"],
    );
  });

  it("ends the content before a contrast naming someone else, or going on with “yet”", () => {
    expect(
      attributionsIn("Obama called for cutting the rate to 28 percent, but Mrs. Clinton would leave it."),
    ).toContainEqual(expect.objectContaining({ cue: "called for", content: ["cutting the rate to 28 percent"] }));
    expect(
      attributionsIn("Trump demands transparency from the president, yet refuses to release his records."),
    ).toContainEqual(expect.objectContaining({ cue: "demands", content: ["transparency from the president"] }));
  });
});

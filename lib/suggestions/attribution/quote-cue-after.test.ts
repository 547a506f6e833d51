import { describe, expect, it } from "vitest";
import { attributionsIn, onlyAttribution } from "../test-support.ts";

describe("quote followed by its cue", () => {
  it("takes the speaker before the verb, or after it", () => {
    expect(onlyAttribution(`"We will not negotiate under fire," Hamas said on Thursday.`)).toMatchObject({
      rule: "quote.cue-after",
      form: "direct",
      content: [`"We will not negotiate under fire,"`],
      speaker: "Hamas",
      cue: "said",
      verbClass: "neutral",
    });
    expect(
      onlyAttribution("“One of the things I am surprised about is the health issue,” said Caddell."),
    ).toMatchObject({
      speaker: "Caddell",
      cue: "said",
    });
  });

  it("keeps titles, roles and appositions with the speaker", () => {
    const after = onlyAttribution("“The ceasefire holds,” said Jane Doe, a spokeswoman for the ministry.");
    expect(after).toMatchObject({ speaker: "Jane Doe", mention: "Jane Doe, a spokeswoman for the ministry" });
    const before = onlyAttribution("“Hamas needs to take the deal,” President Joe Biden told reporters.");
    expect(before).toMatchObject({ speaker: "President Joe Biden", cue: "told" });
    const apposition = onlyAttribution("“It is over,” Donald Trump, the Republican nominee, said in a statement.");
    expect(apposition).toMatchObject({ speaker: "Donald Trump", mention: "Donald Trump, the Republican nominee," });
  });

  it("reads tricky punctuation: question and exclamation marks, dashes, a stray full stop", () => {
    expect(onlyAttribution("“Who do they think they are?” Trump said of Apple in February.")).toMatchObject({
      content: ["“Who do they think they are?”"],
      speaker: "Trump",
    });
    expect(onlyAttribution("“Enough!” — the minister shouted.")).toMatchObject({ speaker: "the minister" });
    expect(onlyAttribution("“I hope you find the emails that are missing.” Trump said.")).toMatchObject({
      speaker: "Trump",
    });
  });

  it("starts the content where a lower-case quote's clause starts, and leaves a verb with its own object", () => {
    expect(
      onlyAttribution(`However laudable the goal, using the tax "is a misguided approach," said Mr. Burman.`).content,
    ).toEqual([`using the tax "is a misguided approach,"`]);
    const own = attributionsIn(`As Trump spoke of "our own struggling citizens," Melanie said yes, over and over.`);
    expect(own.map((attribution) => attribution.form)).not.toContain("direct");
  });

  it("classifies the reporting verb", () => {
    expect(onlyAttribution("“We did nothing wrong,” the company insisted.")).toMatchObject({
      cue: "insisted",
      verbClass: "evaluative",
    });
    expect(onlyAttribution("“It was a mistake,” he conceded.")).toMatchObject({ verbClass: "evaluative" });
  });

  it("reads « » and „ “ quotes", () => {
    expect(onlyAttribution("« We will not leave », said Macron.")).toMatchObject({
      content: ["« We will not leave »"],
      speaker: "Macron",
    });
    expect(onlyAttribution("„We will not leave,“ the mayor said.")).toMatchObject({
      content: ["„We will not leave,“"],
      speaker: "the mayor",
    });
  });

  it("takes the source after “according to”", () => {
    expect(onlyAttribution("“The talks are over,” according to a source close to Hamas.")).toMatchObject({
      speaker: "a source close to Hamas",
      anonymous: true,
      cue: "according to",
    });
  });

  it("keeps unlisted words that describe the speaker between the quote and the name", () => {
    const described = onlyAttribution("“It is a bubble,” DoubleLine Capital portfolio manager Bonnie Baha said.");
    expect(described).toMatchObject({ mention: "DoubleLine Capital portfolio manager Bonnie Baha", cue: "said" });
    expect(onlyAttribution("“It is over,” said former Sen. Evan Bayh.")).toMatchObject({
      mention: "former Sen. Evan Bayh",
    });
  });

  it("takes a name with an aside that holds commas of its own, or a relative clause, up to the verb", () => {
    const aside = onlyAttribution(
      "“I just don't trust her,” Cecelia Purner, 67, a retired clerk in Allentown, Pa., said in an interview.",
    );
    expect(aside).toMatchObject({ speaker: "Cecelia Purner", cue: "said" });
    const relative = onlyAttribution(
      "“The answer is no,” Cruz, who has proposed repealing the mandate, said at the time.",
    );
    expect(relative).toMatchObject({ speaker: "Cruz", cue: "said" });
    const parenthesis = onlyAttribution("“They would get them,” Rep. Jim Jordan (R-Ohio), a panel member, said.");
    expect(parenthesis).toMatchObject({ mention: "Rep. Jim Jordan (R-Ohio), a panel member,", cue: "said" });
  });

  it("reads “this month” after the verb as a time, not as what the verb reports", () => {
    expect(onlyAttribution("“It is going to be a very unfair debate,” Trump said this month on CNBC.")).toMatchObject({
      rule: "quote.cue-after",
      speaker: "Trump",
    });
  });

  it("reads a quote that an article reads or a singer sings", () => {
    expect(onlyAttribution("“Leaders honored Donald J. Trump yesterday,” the article read.")).toMatchObject({
      speaker: "the article",
      cue: "read",
    });
    expect(onlyAttribution("“Promise mama you’ll keep your hands in sight,” Blige sings to Clinton.")).toMatchObject({
      speaker: "Blige",
      cue: "sings",
    });
  });
});

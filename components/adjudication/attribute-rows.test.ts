import { describe, expect, it } from "vitest";
import { attributeRows, fieldsSet } from "./attribute-rows";

const links = {
  actors: [{ id: "a1", name: "Mayor", aliases: [] }],
  claims: [{ id: "c1", label: "Plan creates jobs" }],
};
const speech = {
  attributes: { form: "direct_quote", anonymous: false, speaker: "the mayor", speakerType: null },
  actorId: "a1",
  claimId: null,
};

describe("attribute rows", () => {
  it("lists the fields any version sets, in the workspace's order, each in words", () => {
    const other = { attributes: { form: "indirect", verbClass: "evaluative" }, actorId: null, claimId: "c1" };
    const fields = fieldsSet([speech, other], undefined);
    expect(fields).toEqual(["speaker", "form", "anonymous", "verbClass", "actor", "claim"]);
    expect(attributeRows(speech, fields, links, undefined).map((row) => [row.label, row.value])).toEqual([
      ["Speaker", "the mayor"],
      ["Form", "Direct quote"],
      ["Anonymous", "No"],
      ["Verb class", null],
      ["Actor", "Mayor"],
      ["Claim", null],
    ]);
  });
});

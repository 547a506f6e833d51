import { describe, expect, it } from "vitest";
import { newTag } from "./new-tag";
import type { CategoryInUse } from "./types";

const BODY = 'The mayor said "we acted fast" while the Calder Council stayed silent.';
const category = (kind: CategoryInUse["kind"], code: string): CategoryInUse => ({
  id: `id-${code}`,
  kind,
  code,
  label: code,
  description: "",
  attributes: [],
});
const ACTORS = [{ id: "council", name: "City Council", aliases: ["Calder Council"] }];

describe("newTag", () => {
  it("quotes the span and guesses an attribution's form from its quotation marks or its version 1 mode", () => {
    const tag = newTag(BODY, { start: 4, end: 30 }, category("ATTRIBUTION", "attribution.reported_speech"), ACTORS);
    expect(tag).toMatchObject({
      quotedText: 'mayor said "we acted fast"',
      attributes: { form: "direct_quote", anonymous: false },
      actorId: null,
    });
    expect(
      newTag(BODY, { start: 4, end: 9 }, category("ATTRIBUTION", "attribution.reported_speech"), []),
    ).toMatchObject({ attributes: { form: "indirect", anonymous: false } });
    expect(
      newTag(BODY, { start: 4, end: 9 }, category("ATTRIBUTION", "attribution.anonymous_source"), []),
    ).toMatchObject({ attributes: { form: "indirect", anonymous: true } });
  });

  it("names the actor whose alias a naming passage contains, and refuses a passage naming none", () => {
    expect(newTag(BODY, { start: 41, end: 55 }, category("NAMING", "naming.actor"), ACTORS)).toMatchObject({
      actorId: "council",
    });
    expect(newTag(BODY, { start: 0, end: 9 }, category("NAMING", "naming.actor"), ACTORS)).toHaveProperty("error");
  });
});

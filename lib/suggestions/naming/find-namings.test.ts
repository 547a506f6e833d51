import { describe, expect, it } from "vitest";
import { suggest } from "../suggest.ts";
import type { NamingSuggestion } from "../types.ts";

const ACTORS = [
  { id: "hamas", name: "Hamas", aliases: ["the Hamas movement"] },
  { id: "meridian", name: "Meridian Polymers", aliases: ["Meridian", "the chemical giant"] },
];

function namingsIn(text: string) {
  return suggest(text, { actors: ACTORS })
    .filter((suggestion): suggestion is NamingSuggestion => suggestion.kind === "naming")
    .map(({ text: naming, actorId, rule, target }) => ({ naming, actorId, rule, target: target?.text ?? null }));
}

describe("namings of event actors", () => {
  it("find descriptions set beside the actor's name, or right before it", () => {
    expect(namingsIn("Hamas, the Palestinian Islamist group, rejected the plan.")).toEqual([
      { naming: "the Palestinian Islamist group", actorId: "hamas", rule: "naming.apposition", target: "Hamas" },
    ]);
    expect(namingsIn("The talks stalled after the militant group Hamas walked out.")).toEqual([
      { naming: "the militant group", actorId: "hamas", rule: "naming.before-name", target: "Hamas" },
    ]);
  });

  it("find a definite description shortly after a mention, for the actor mentioned", () => {
    expect(namingsIn("Hamas withdrew on Monday. The terror group said it would not return.")).toEqual([
      { naming: "The terror group", actorId: "hamas", rule: "naming.description", target: "Hamas" },
    ]);
  });

  it("find an actor's descriptive aliases where they occur", () => {
    expect(namingsIn("Meridian Polymers runs the plant. Later the chemical giant apologised.")).toEqual([
      { naming: "the chemical giant", actorId: "meridian", rule: "naming.alias", target: "Meridian Polymers" },
    ]);
  });

  it("leave names in quotations alone, and suggest nothing without actors", () => {
    expect(namingsIn(`"Hamas, the resistance movement, will not bow," he said.`)).toEqual([]);
    expect(
      suggest("Hamas, the Palestinian Islamist group, rejected the plan.").filter((s) => s.kind === "naming"),
    ).toEqual([]);
  });
});

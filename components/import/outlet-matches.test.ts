import { describe, expect, it } from "vitest";
import { isNamed, outletMatches } from "./outlet-matches";

const outlets = [
  { id: "1", name: "Al Jazeera", aliases: ["AJE"], domains: ["aljazeera.com"] },
  { id: "2", name: "LBCI (lbcgroup.tv)", aliases: [], domains: ["lbcgroup.tv"] },
  { id: "3", name: "LBC", aliases: [], domains: ["lbc.co.uk"] },
];

describe("outletMatches", () => {
  it("offers outlets by name, alias and domain as the reviewer types, exact names first", () => {
    expect(outletMatches(outlets, "lbci").map((o) => o.id)).toEqual(["2"]);
    expect(outletMatches(outlets, "aje").map((o) => o.id)).toEqual(["1"]);
    expect(outletMatches(outlets, "lbcgroup").map((o) => o.id)).toEqual(["2"]);
    expect(outletMatches(outlets, " LBC ").map((o) => o.id)).toEqual(["3", "2"]);
  });

  it("knows an outlet by its exact name, alias or domain only", () => {
    expect(isNamed(outlets[0], "aje")).toBe(true);
    expect(isNamed(outlets[1], "LBCI")).toBe(false);
  });
});

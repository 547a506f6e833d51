import { describe, expect, it } from "vitest";
import { chooseTitle } from "./title.ts";

describe("chooseTitle", () => {
  it("takes the first candidate and strips the outlet's name from either end", () => {
    expect(chooseTitle(["Flood barrier approved | The Valley Courier"], "The Valley Courier")).toBe(
      "Flood barrier approved",
    );
    expect(chooseTitle(["Valley Courier — Flood barrier approved"], "Valley Courier")).toBe("Flood barrier approved");
    expect(chooseTitle(["Flood barrier approved"], null)).toBe("Flood barrier approved");
  });

  it("keeps separators that belong to the headline", () => {
    expect(chooseTitle(["Brexit: what happens next - analysis"], "The Courier")).toBe(
      "Brexit: what happens next - analysis",
    );
  });

  it("returns null without candidates", () => {
    expect(chooseTitle([], "Site")).toBeNull();
  });
});

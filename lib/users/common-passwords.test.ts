import { describe, expect, it } from "vitest";
import { isCommonPassword } from "./common-passwords.ts";

describe("isCommonPassword", () => {
  it("finds listed passwords, in any case and with digits or symbols added at the end", () => {
    expect(isCommonPassword("password1234")).toBe(true);
    expect(isCommonPassword("QwertyUiop123")).toBe(true);
    expect(isCommonPassword("sunshine2024!")).toBe(true);
  });

  it("lets through passphrases that are not on the list", () => {
    expect(isCommonPassword("correct horse battery")).toBe(false);
    expect(isCommonPassword("framewise-demo")).toBe(false);
  });
});

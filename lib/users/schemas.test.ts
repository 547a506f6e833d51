import { describe, expect, it } from "vitest";
import { changePasswordSchema, newPasswordSchema } from "./schemas.ts";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe("new passwords", () => {
  it("need 12 characters, allow 256 of any kind, and refuse common ones", () => {
    expect(messages(newPasswordSchema.safeParse("short pass"))).toEqual(["Use a password of at least 12 characters."]);
    expect(newPasswordSchema.safeParse("ü ".repeat(128)).success).toBe(true);
    expect(newPasswordSchema.safeParse("x".repeat(257)).success).toBe(false);
    expect(messages(newPasswordSchema.safeParse("Password1234"))[0]).toMatch(/most common/);
  });

  it("must be typed the same twice", () => {
    const result = changePasswordSchema.safeParse({
      currentPassword: "old",
      newPassword: "a brand new passphrase",
      confirmPassword: "a brand new passphrase!",
    });
    expect(result.error?.issues[0]).toMatchObject({ path: ["confirmPassword"] });
  });
});

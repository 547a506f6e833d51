import { beforeAll, describe, expect, it } from "vitest";
import { PRINT_KEY_LIFETIME_MS, signPrintKey, verifyPrintKey } from "./print-key.ts";

const REPORT = "6f1c2b52-4a8e-4c43-9a55-0c8f1d2e3a4b";
const OTHER = "0b7e0f33-9a3c-4a52-8f0e-2c7d5e1a9b60";

describe("print keys", () => {
  beforeAll(() => {
    process.env.NEXTAUTH_SECRET ??= "test-secret";
  });

  it("open the one report they were made for, until they expire", () => {
    const now = Date.now();
    const key = signPrintKey(REPORT, now);
    expect(verifyPrintKey(REPORT, key, now)).toBe(true);
    expect(verifyPrintKey(OTHER, key, now)).toBe(false);
    expect(verifyPrintKey(REPORT, key, now + PRINT_KEY_LIFETIME_MS + 1)).toBe(false);
  });

  it("refuse a changed expiry or a mangled key", () => {
    const key = signPrintKey(REPORT);
    const [expires, mac] = key.split(".");
    expect(verifyPrintKey(REPORT, `${Number(expires) + 60_000}.${mac}`)).toBe(false);
    expect(verifyPrintKey(REPORT, "not-a-key")).toBe(false);
    expect(verifyPrintKey(REPORT, `${expires}.`)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { hashPassword, isWeakHash, verifyPassword } from "./password.ts";

describe("password hashing", () => {
  it("stores argon2id hashes that verify only the right password", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "correct horse battery")).toBe(true);
    expect(await verifyPassword(hash, "correct horse battery!")).toBe(false);
  });

  it("treats a malformed stored hash as a wrong password", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});

describe("isWeakHash", () => {
  it("accepts today's parameters and stronger ones", async () => {
    expect(isWeakHash(await hashPassword("correct horse battery"))).toBe(false);
    expect(isWeakHash("$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g")).toBe(false);
  });

  it("flags weaker memory, fewer passes, another argon2 variant and anything that is not argon2", () => {
    expect(isWeakHash("$argon2id$v=19$m=4096,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g")).toBe(true);
    expect(isWeakHash("$argon2id$v=19$m=19456,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g")).toBe(true);
    expect(isWeakHash("$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g")).toBe(true);
    expect(isWeakHash("$2b$10$abcdefghijklmnopqrstuu")).toBe(true);
  });
});

import { createHash, randomBytes, randomInt } from "node:crypto";

/** 32 random bytes: the secret in a one-time link. Only its hash is stored. */
export function newLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

// No 0/O, 1/l/I: the admin may read it out to the person.
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** 16 characters from 55: about 92 bits, for a password the user must replace at first sign-in. */
export function newTemporaryPassword(): string {
  return Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
}

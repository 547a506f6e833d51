import { createHash, randomBytes } from "node:crypto";

/** A share token's SHA-256, the only form of it stored: a leaked database does not open any report. */
export function hashShareToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** 32 random bytes, URL-safe: unguessable, and shown to the editor once. */
export function newShareToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashShareToken(token) };
}

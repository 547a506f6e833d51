import { createHash, createHmac } from "node:crypto";
import { appSecret } from "../auth/app-secret.ts";

const BLOCK = 64; // SHA-256's block size in bytes

// HMAC's inner and outer keys (RFC 2104), so Postgres can compute HMAC-SHA256 with its built-in sha256() alone.
function paddedKeys(secret: string): { inner: string; outer: string } {
  let key = Buffer.from(`reviewer-pseudonym:${secret}`);
  if (key.length > BLOCK) key = createHash("sha256").update(key).digest();
  const padded = Buffer.alloc(BLOCK);
  key.copy(padded);
  const xor = (byte: number) => Buffer.from(padded.map((value) => value ^ byte)).toString("hex");
  return { inner: xor(0x36), outer: xor(0x5c) };
}

/**
 * SQL for the pseudonym of a user id column: HMAC-SHA256 keyed by the app's secret, in hex. Stable for one person
 * across exports, not reversible without the secret. The keys are hex, so they go into the SQL as they are.
 */
export function pseudonymSql(column: string): string {
  const { inner, outer } = paddedKeys(appSecret());
  return `encode(sha256(decode('${outer}', 'hex') || sha256(decode('${inner}', 'hex') || convert_to(${column}::text, 'UTF8'))), 'hex')`;
}

/** The same pseudonym computed in Node, for the computed exports and for tests. */
export function reviewerPseudonym(userId: string): string {
  return createHmac("sha256", Buffer.from(`reviewer-pseudonym:${appSecret()}`))
    .update(userId)
    .digest("hex");
}

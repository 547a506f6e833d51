import { createHmac, timingSafeEqual } from "node:crypto";
import { appSecret } from "../../auth/app-secret.ts";

/** How long the PDF renderer has to open the print view with a key: it opens it at once. */
export const PRINT_KEY_LIFETIME_MS = 60_000;

const signature = (reportId: string, expires: number) =>
  createHmac("sha256", appSecret()).update(`report-print:${reportId}:${expires}`).digest("base64url");

/**
 * A short-lived key that opens one report's print view, so the PDF renderer's browser needs no session and the
 * user's cookie never travels in a URL.
 */
export function signPrintKey(reportId: string, now = Date.now()): string {
  const expires = now + PRINT_KEY_LIFETIME_MS;
  return `${expires}.${signature(reportId, expires)}`;
}

export function verifyPrintKey(reportId: string, key: string, now = Date.now()): boolean {
  const [expiresText, given] = key.split(".");
  const expires = Number(expiresText);
  if (!Number.isSafeInteger(expires) || expires < now || !given) return false;
  const expected = Buffer.from(signature(reportId, expires));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

import { signPrintKey } from "./print-key.ts";

/**
 * Where the renderer opens a report's print view: the app's own address (FRAMEWISE_INTERNAL_URL when the public
 * one is not reachable from the server, else the request's origin), with a fresh signed key.
 */
export function printUrl(requestUrl: string, reportId: string): string {
  const base = process.env.FRAMEWISE_INTERNAL_URL || new URL(requestUrl).origin;
  return `${base}/print/reports/${reportId}?key=${encodeURIComponent(signPrintKey(reportId))}`;
}

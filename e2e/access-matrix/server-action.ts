import { readFileSync } from "node:fs";
import type { APIRequestContext, APIResponse } from "@playwright/test";

interface ManifestEntry {
  exportedName?: string;
  filename?: string;
}

/** A server action's id in the production build the e2e server runs (`next build` in this folder). */
export function serverActionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === exportedName && entry.filename?.endsWith(file),
  );
  if (!found) throw new Error(`No server action ${exportedName} of ${file} in the build's manifest`);
  return found[0];
}

export interface ActionAnswer {
  status: number;
  /** Where the action sent the browser (redirect()), if it did. */
  redirect: string | null;
  /** The action's return value, decoded from the React flight answer (undefined when it returned nothing). */
  value: unknown;
}

/**
 * Calls a server action over HTTP as the browser would (the `Next-Action` header and the arguments as the
 * body), with whatever session the request context carries. Arguments must be plain JSON values, or `body` the
 * argument list's JSON text already written (for values JSON.stringify cannot write, such as very deep ones).
 */
export async function callServerAction(
  client: APIRequestContext,
  origin: string,
  pagePath: string,
  actionId: string,
  args: unknown[] | { body: string },
): Promise<ActionAnswer> {
  const response = await client.post(pagePath, {
    headers: {
      "Next-Action": actionId,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
      Origin: origin,
    },
    data: Array.isArray(args) ? JSON.stringify(args) : args.body,
    maxRedirects: 0,
    timeout: 120_000,
  });
  return readActionAnswer(response);
}

/**
 * Calls a server action whose last argument is a form's FormData, as the browser posts it: multipart, the
 * FormData's fields prefixed `_1_` and the argument list (`args`, then a reference `$K1` to the form) last, so
 * the server resolves the reference when it arrives (react-server-dom's encodeReply). A written `body` must end
 * with that reference itself.
 */
export async function callFormAction(
  client: APIRequestContext,
  origin: string,
  pagePath: string,
  actionId: string,
  args: unknown[] | { body: string },
  fields: Record<string, string | File>,
): Promise<ActionAnswer> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(`_1_${name}`, value);
  form.append("0", Array.isArray(args) ? JSON.stringify([...args, "$K1"]) : args.body);
  const response = await client.post(pagePath, {
    headers: { "Next-Action": actionId, Accept: "text/x-component", Origin: origin },
    multipart: form,
    maxRedirects: 0,
    timeout: 120_000,
  });
  return readActionAnswer(response);
}

export async function readActionAnswer(response: APIResponse): Promise<ActionAnswer> {
  const body = await response.text();
  return { status: response.status(), redirect: response.headers()["x-action-redirect"] ?? null, value: valueOf(body) };
}

/** Row 1 of the flight answer holds the action's value (row 0 the envelope pointing at it). */
function valueOf(flight: string): unknown {
  const row = flight.split("\n").find((line) => line.startsWith("1:"));
  if (!row) return undefined;
  try {
    const value: unknown = JSON.parse(row.slice(2));
    return value === "$undefined" ? undefined : value;
  } catch {
    return row.slice(2);
  }
}

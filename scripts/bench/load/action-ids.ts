import { readFileSync } from "node:fs";
import path from "node:path";

/** The part of Next's `.next/server/server-reference-manifest.json` that names each server action. */
export interface ServerReferenceManifest {
  node: Record<string, { filename?: string; exportedName?: string }>;
}

export interface ActionName {
  /** The module that exports the action, relative to the project root, e.g. "app/(app)/tagging/[articleId]/actions.ts". */
  filename: string;
  exportedName: string;
}

/**
 * The id a production build gave the server action `name`: the value of the `Next-Action` header a browser sends
 * to call it. Ids change with every build, so they are read from the build rather than written down.
 */
export function findActionId(manifest: ServerReferenceManifest, name: ActionName): string {
  const ids = Object.entries(manifest.node)
    .filter(([, entry]) => entry.filename === name.filename && entry.exportedName === name.exportedName)
    .map(([id]) => id);
  if (ids.length !== 1)
    throw new Error(`Expected one server action ${name.exportedName} in ${name.filename}, found ${ids.length}.`);
  return ids[0];
}

/** The manifest of the production build in `distDir` (`.next`). */
export function readActionManifest(distDir = ".next"): ServerReferenceManifest {
  return JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8"));
}

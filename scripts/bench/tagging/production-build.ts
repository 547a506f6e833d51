import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

// What a production build is made from; tests and generated types are left out of the comparison.
const SOURCES = ["app", "components", "lib", "public", "prisma/schema.prisma"];
const ROOT_FILES = ["next.config.ts", "proxy.ts", "instrumentation.ts", "package-lock.json", "tsconfig.json"];
const SKIPPED = /(\.test\.tsx?|\.int\.test\.ts|\.md)$/;

/** The newest modification time among the files under `entry` (a file or a folder). */
function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return SKIPPED.test(entry) ? 0 : stats.mtimeMs;
  return readdirSync(entry).reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), 0);
}

/** A production build in `.next` made after the last change to the app's sources, else null. */
function freshBuildTime(): number | null {
  const buildId = ".next/BUILD_ID";
  if (!existsSync(buildId)) return null;
  const built = statSync(buildId).mtimeMs;
  const changed = Math.max(...[...SOURCES, ...ROOT_FILES].map(newestChange));
  return changed < built ? built : null;
}

/** Reuses `.next` when it is a production build newer than every source file; otherwise runs `next build`. */
export function ensureProductionBuild(force: boolean): "reused" | "built" {
  if (!force && freshBuildTime() !== null) return "reused";
  console.log(force ? "Building (--build)…" : "No production build newer than the sources: building…");
  execFileSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  return "built";
}

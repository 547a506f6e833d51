import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkServerActions } from "./unguarded-actions.ts";

// Actions that run before their visitor has a session, each with what protects it instead.
const PUBLIC_ACTIONS: Record<string, string> = {
  signInAction: "it is the sign-in itself (throttled in lib/auth)",
  setPasswordAction: "it opens from a one-time password link; the token is the key",
};

const files = ["app", "components"]
  .flatMap((root) => readdirSync(root, { recursive: true, encoding: "utf8" }).map((file) => path.join(root, file)))
  .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
  .sort();
const checks = files.flatMap((file) => checkServerActions(file));

describe("server actions", () => {
  it("are found (the check would pass vacuously otherwise)", () => {
    expect(checks.length).toBeGreaterThan(30);
  });

  it("each call requireRole or checkRole (directly or through a guard wrapper) before anything else", () => {
    const offenders = checks
      .filter((check) => !check.guarded && !(check.action in PUBLIC_ACTIONS))
      .map((check) => `${check.file}: ${check.action}`);
    expect(offenders).toEqual([]);
  });

  it("list no public action that no longer exists", () => {
    const names = new Set(checks.map((check) => check.action));
    expect(Object.keys(PUBLIC_ACTIONS).filter((name) => !names.has(name))).toEqual([]);
  });
});

import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * The key that signs session cookies. Production deployments must set NEXTAUTH_SECRET (the same on
 * every instance); local runs keep a generated one in the data folder so sessions survive restarts.
 */
export function resolveSessionSecret(options: { production: boolean; dataDir: string }): string {
  const configured = process.env.NEXTAUTH_SECRET;
  if (configured) return configured;
  if (options.production) {
    throw new Error(
      "NEXTAUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and set the same value on every instance.",
    );
  }
  const file = path.join(options.dataDir, "session-secret");
  if (!existsSync(file)) {
    mkdirSync(options.dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

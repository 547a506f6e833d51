// The app as the end-to-end tests see it: a fresh production build on a fresh embedded Postgres
// with the demo data, kept apart from the developer's own data folder.
import { execFileSync, spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres.ts";

const dataDir = path.resolve(".data/e2e");
const pgPort = process.env.FRAMEWISE_PG_PORT ?? "54349";

// Starting once recovers from a killed earlier run (orphaned server, stale lock) before the wipe.
const previous = await startEmbeddedPostgres({
  rootDir: path.join(dataDir, "postgres"),
  port: Number(pgPort),
  database: "postgres",
});
await previous.stop();
await rm(dataDir, { recursive: true, force: true });

execFileSync("npx", ["next", "build"], { stdio: "inherit" });
const server = spawn("npx", ["tsx", "scripts/serve.ts", "start"], {
  stdio: "inherit",
  env: { ...process.env, FRAMEWISE_DATA_DIR: dataDir, FRAMEWISE_PG_PORT: pgPort, DATABASE_URL: "" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));

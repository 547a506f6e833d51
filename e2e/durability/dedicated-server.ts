import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type RunningPostgres } from "../../lib/db/embedded-postgres.ts";
import { prepareDatabase } from "../../lib/setup/prepare-database.ts";
import { seedDemoData } from "../../prisma/seed/seed-demo.ts";

/**
 * A production server of its own for a spec that kills it or its database: the build the e2e run made in this
 * folder, served on `port` by scripts/next-server.ts over an embedded Postgres on `pgPort` with the demo data.
 * Other specs keep the shared server on port 3100 to themselves. The server runs as a plain `node` process in a
 * process group of its own, so SIGKILL reaches it (a tsx wrapper would pass the signal on, or be killed alone).
 */
export interface DedicatedServer {
  origin: string;
  /** A connection to the server's database, for looking at what was stored. */
  sql: pg.Pool;
  /** Kills the app server at once (SIGKILL): no shutdown code runs, open transactions die with their sockets. */
  kill(): Promise<void>;
  /** Starts the app server (again) and waits until it answers its health check. */
  start(): Promise<void>;
  stopDatabase(): Promise<void>;
  startDatabase(): Promise<void>;
  /** Stops everything this server started. */
  close(): Promise<void>;
}

const SERVER_START_MS = 120_000;

export async function startDedicatedServer(name: string, ports: { port: number; pgPort: number }) {
  const rootDir = path.resolve(`.data/e2e-${name}/postgres`);
  const settings = { rootDir, port: ports.pgPort, database: "framewise" };
  // Starting once recovers from a killed earlier run (orphaned server, stale lock) before the wipe.
  if (existsSync(rootDir)) await (await startEmbeddedPostgres(settings)).stop();
  await rm(path.dirname(rootDir), { recursive: true, force: true });
  let database: RunningPostgres | null = await startEmbeddedPostgres(settings);
  await prepareDatabase(database.url, seedDemoData);
  const url = database.url;
  const origin = `http://localhost:${ports.port}`;
  const secret = randomBytes(32).toString("hex");
  const sql = new pg.Pool({ connectionString: url, max: 2 });
  sql.on("error", () => undefined); // idle connections die when a spec stops the database on purpose
  let app: ChildProcess | null = null;

  const server: DedicatedServer = {
    origin,
    sql,
    async kill() {
      if (!app?.pid) return;
      const exited = new Promise((resolve) => app!.once("exit", resolve));
      process.kill(-app.pid, "SIGKILL");
      await exited;
      app = null;
    },
    async start() {
      app = spawn(process.execPath, ["--import", "tsx", "scripts/next-server.ts", "start", String(ports.port)], {
        detached: true,
        stdio: ["ignore", "ignore", "inherit"],
        env: {
          ...process.env,
          NODE_ENV: "production",
          DATABASE_URL: url,
          NEXTAUTH_SECRET: secret,
          NEXTAUTH_URL: origin,
          PORT: String(ports.port),
        },
      });
      await waitUntilHealthy(origin, app);
    },
    async stopDatabase() {
      await database?.stop();
      database = null;
    },
    async startDatabase() {
      database ??= await startEmbeddedPostgres(settings);
    },
    async close() {
      await server.kill();
      await sql.end();
      await server.stopDatabase();
    },
  };
  await server.start();
  return server;
}

async function waitUntilHealthy(origin: string, app: ChildProcess): Promise<void> {
  const deadline = Date.now() + SERVER_START_MS;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`The server on ${origin} exited with code ${app.exitCode}`);
    const healthy = await fetch(`${origin}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 200)); // polling a condition, not a fixed wait
  }
  throw new Error(`The server on ${origin} did not answer within ${SERVER_START_MS / 1000} s`);
}

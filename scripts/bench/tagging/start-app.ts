import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createRequire } from "node:module";
import { setTimeout as delay } from "node:timers/promises";

export interface RunningApp {
  url: string;
  stop(): Promise<void>;
}

const STARTUP_LIMIT_MS = 120_000;

/** What app processes behind one load balancer share: the session secret, and the address users see. */
export interface AppOptions {
  secret?: string;
  publicUrl?: string;
}

/**
 * `next start` of the production build on `databaseUrl`, as `npm start` would run it, answering on `port` once
 * its health check does. The server's own output is kept back unless it fails to start. `FRAMEWISE_BENCH_CPU_PROF`
 * names a folder for a V8 CPU profile of the server, written when it stops.
 */
export async function startApp(databaseUrl: string, port: number, options: AppOptions = {}): Promise<RunningApp> {
  const url = `http://localhost:${port}`;
  const profile = process.env.FRAMEWISE_BENCH_CPU_PROF;
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const output: string[] = [];
  const server = spawn(
    process.execPath,
    [...(profile ? ["--cpu-prof", `--cpu-prof-dir=${profile}`] : []), nextBin, "start", "--port", String(port)],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: options.secret ?? randomBytes(32).toString("base64url"),
        NEXTAUTH_URL: options.publicUrl ?? url,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  server.stdout.on("data", (chunk) => output.push(String(chunk)));
  server.stderr.on("data", (chunk) => output.push(String(chunk)));
  const exited = once(server, "exit");
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    server.kill("SIGTERM");
    await exited;
  };
  try {
    await waitForHealth(url, () => server.exitCode !== null);
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output.join("")}`);
  }
  return { url, stop };
}

/** Polls the health route: the server gives no other sign that it is ready. */
async function waitForHealth(url: string, hasExited: () => boolean): Promise<void> {
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error("The app server exited while starting.");
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await delay(250);
  }
  throw new Error(`The app server did not answer on ${url} within ${STARTUP_LIMIT_MS / 1000} s.`);
}

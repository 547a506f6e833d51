import { spawn } from "node:child_process";

/** Runs a PostgreSQL client tool; rejects with what it wrote to stderr when it fails. */
export function runPgTool(tool: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
    const stderr: Buffer[] = [];
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (code === 0) return resolve();
      const output = Buffer.concat(stderr).toString().trim();
      reject(new Error(`${tool} failed (${signal ?? `exit code ${code}`})${output ? `:\n${output}` : ""}`));
    });
  });
}

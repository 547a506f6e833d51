import { access } from "node:fs/promises";
import { findPgTool, type PgTool } from "./find-pg-tool.ts";
import { libpqTarget } from "./libpq-target.ts";
import { readServerVersion, type ServerVersion } from "./read-server-version.ts";
import { runPgTool } from "./run-pg-tool.ts";

export interface RestoreResult {
  tool: PgTool;
  server: ServerVersion;
  label: string;
}

/**
 * Replaces what the database holds with the dump in `file` (made by dumpDatabase or `pg_dump -Fc`): each
 * object in the dump is dropped if present and recreated. One transaction, so a restore that fails part way
 * leaves the database as it was. Objects are owned by the connecting role and dumped privileges are skipped,
 * so a dump from the embedded server restores into a managed one whose roles differ.
 */
export async function restoreDatabase(file: string, databaseUrl: string): Promise<RestoreResult> {
  await access(file).catch(() => {
    throw new Error(`No backup file at ${file}.`);
  });
  const server = await readServerVersion(databaseUrl);
  const tool = await findPgTool("pg_restore", server.major);
  const target = libpqTarget(databaseUrl);
  const args = ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction"];
  await runPgTool(tool.path, [...args, `--dbname=${target.dbname}`, file], target.env);
  return { tool, server, label: target.label };
}

import { rename, rm, stat } from "node:fs/promises";
import { findPgTool, type PgTool } from "./find-pg-tool.ts";
import { libpqTarget } from "./libpq-target.ts";
import { readServerVersion, type ServerVersion } from "./read-server-version.ts";
import { runPgTool } from "./run-pg-tool.ts";

export interface DumpResult {
  bytes: number;
  tool: PgTool;
  server: ServerVersion;
  /** host:port/database that was dumped. */
  label: string;
}

/**
 * Writes the whole database to `file` in pg_dump's custom format (compressed, restorable table by table).
 * pg_dump reads one consistent snapshot, so the app may keep running. The file appears only once complete:
 * a failed dump never leaves a truncated file that looks like a backup.
 */
export async function dumpDatabase(databaseUrl: string, file: string): Promise<DumpResult> {
  const server = await readServerVersion(databaseUrl);
  const tool = await findPgTool("pg_dump", server.major);
  const target = libpqTarget(databaseUrl);
  const partial = `${file}.partial`;
  const schemaOnly = target.schema ? [`--schema=${target.schema}`] : [];
  try {
    await runPgTool(
      tool.path,
      ["--format=custom", `--file=${partial}`, ...schemaOnly, `--dbname=${target.dbname}`],
      target.env,
    );
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { bytes: (await stat(file)).size, tool, server, label: target.label };
}

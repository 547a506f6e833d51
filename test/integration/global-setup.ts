// Once per integration run: a Postgres server (DATABASE_URL, or an embedded one kept apart from the
// app's data) and a migrated template database that each test file clones into its own database.
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type RunningPostgres } from "../../lib/db/embedded-postgres.ts";
import { dataDirectory } from "../../lib/db/database.ts";
import { applyPendingMigrations } from "../../lib/db/migrations.ts";
import { TEMPLATE_DATABASE, databaseUrlFor, recreateDatabase } from "./databases.ts";

let server: RunningPostgres | undefined;

export async function setup(project: TestProject): Promise<void> {
  const serverUrl = process.env.DATABASE_URL ?? (await startTestServer());
  const templateUrl = databaseUrlFor(serverUrl, TEMPLATE_DATABASE);
  await recreateDatabase(serverUrl, TEMPLATE_DATABASE);
  await applyPendingMigrations(templateUrl);
  project.provide("testServerUrl", serverUrl);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}

async function startTestServer(): Promise<string> {
  server = await startEmbeddedPostgres({
    rootDir: path.join(dataDirectory(), "test-postgres"),
    port: Number(process.env.FRAMEWISE_TEST_PG_PORT ?? 54339),
    database: "postgres",
  });
  return server.url;
}

declare module "vitest" {
  export interface ProvidedContext {
    testServerUrl: string;
  }
}

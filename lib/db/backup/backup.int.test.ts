import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it, type TestContext } from "vitest";
import { seedDemoData } from "../../../prisma/seed/seed-demo.ts";
import { databaseUrlFor, dropDatabase, recreateDatabase } from "../../../test/integration/databases.ts";
import { DEFAULT_CONTENT } from "../../reports/schemas.ts";
import { createReport } from "../../reports/create-report.ts";
import { publishReport } from "../../reports/publish-report.ts";
import { createShareLink } from "../../reports/share/create-share-link.ts";
import { createPrismaClient, db, type PrismaClient } from "../client.ts";
import { applyPendingMigrations, diffDatabaseAgainstSchema } from "../migrations.ts";
import { dumpDatabase } from "./dump-database.ts";
import { findPgTool } from "./find-pg-tool.ts";
import { fingerprintDatabase, type DatabaseFingerprint } from "./fingerprint-database.ts";
import { readServerVersion } from "./read-server-version.ts";
import { restoreDatabase } from "./restore-database.ts";

const serverUrl = inject("testServerUrl");
const restoredName = `framewise_restore_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
const restoredUrl = databaseUrlFor(serverUrl, restoredName);
const workDir = await mkdtemp(path.join(os.tmpdir(), "framewise-backup-"));
const inCI = Boolean(process.env.CI) && process.env.CI !== "false";

afterAll(async () => {
  await dropDatabase(serverUrl, restoredName);
  await rm(workDir, { recursive: true, force: true });
});

/** CI must have the tools (`.ci/run` builds them); a developer without them is told how to get them. */
async function requireBackupTools(context: TestContext): Promise<void> {
  const { major } = await readServerVersion(process.env.DATABASE_URL!);
  const missing = await Promise.all([findPgTool("pg_dump", major), findPgTool("pg_restore", major)]).then(
    () => null,
    (error: Error) => error.message,
  );
  if (!missing) return;
  if (inCI) throw new Error(missing);
  console.warn(`Skipping the backup test: ${missing}`);
  context.skip(`no pg_dump/pg_restore ${major}: run \`npm run db:tools\``);
}

/** The demo event (articles, both reviewers' tags, gold, forms and tones), a published and shared report, audit entries. */
async function seedEverything(): Promise<void> {
  await seedDemoData(db());
  const editor = await db().user.findUniqueOrThrow({ where: { email: "editor@framewise.example" } });
  const event = await db().event.findFirstOrThrow();
  const report = { title: "Backed-up report", commentary: "Survives a restore.", content: DEFAULT_CONTENT };
  const reportId = await createReport(event.id, report, editor.id);
  await publishReport(reportId, 1, editor.id);
  await createShareLink(reportId, { label: "Publisher", expiresAt: null }, editor.id);
}

const rowsOf = (fingerprint: DatabaseFingerprint, table: string) =>
  fingerprint.tables.find((entry) => entry.table === `public.${table}`)?.rows ?? 0;

/** Every article and tag as the app reads them, in one order. */
const articlesAndTags = async (prisma: PrismaClient) => ({
  articles: await prisma.article.findMany({ orderBy: { id: "asc" } }),
  tags: await prisma.annotation.findMany({ orderBy: { id: "asc" } }),
});

describe("backup and restore", () => {
  it("restores a dump into a fresh database with every article, tag and other row, and over a changed one", async (context) => {
    await requireBackupTools(context);
    await seedEverything();
    const source = process.env.DATABASE_URL!;
    const original = await fingerprintDatabase(source);
    for (const table of ["articles", "annotations", "article_forms", "article_tones", "adjudications", "reports"])
      expect(rowsOf(original, table), table).toBeGreaterThan(0);
    expect(await db().annotation.count({ where: { layer: "GOLD" } })).toBeGreaterThan(0);
    expect(rowsOf(original, "audit_log")).toBeGreaterThanOrEqual(3);

    const file = path.join(workDir, "framewise.dump");
    await dumpDatabase(source, file);
    await recreateDatabase(serverUrl, restoredName); // empty: not cloned from the migrated template
    await restoreDatabase(file, restoredUrl);

    expect(await fingerprintDatabase(restoredUrl)).toEqual(original);
    const restored = createPrismaClient(restoredUrl);
    try {
      expect(await articlesAndTags(restored)).toEqual(await articlesAndTags(db()));
      expect(await applyPendingMigrations(restoredUrl)).toEqual([]);
      expect(await diffDatabaseAgainstSchema(restoredUrl)).toEqual({ inSync: true, script: "" });
      // The audit log's sequence came back too: a new entry gets a fresh id rather than a duplicate key.
      await restored.auditLog.create({
        data: { actorId: null, action: "test.after_restore", entityType: "test", entityId: "1" },
      });
      await restored.reportShareLink.deleteMany();
      await restored.article.updateMany({ data: { title: "Changed after the backup" } });
    } finally {
      await restored.$disconnect();
    }

    // What `npm run db:restore` does: restore over a database that changed since the dump.
    expect(await fingerprintDatabase(restoredUrl)).not.toEqual(original);
    await restoreDatabase(file, restoredUrl);
    expect(await fingerprintDatabase(restoredUrl)).toEqual(original);
  }, 180_000);
});

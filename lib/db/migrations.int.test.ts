import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { applyPendingMigrations, diffDatabaseAgainstSchema, MIGRATIONS_DIR } from "./migrations.ts";
import { connectionSettingsFromUrl } from "./schema-engine.ts";

// One order for folders and rows, independent of the database's collation.
function byName<T>(nameOf: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0);
}

function migratedDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL must point to a migrated test database");
  return url;
}

async function migrationFolders(): Promise<{ name: string; checksum: string }[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort(byName((name) => name));
  return Promise.all(
    names.map(async (name) => {
      const script = await readFile(path.join(MIGRATIONS_DIR, name, "migration.sql"));
      return { name, checksum: createHash("sha256").update(script).digest("hex") };
    }),
  );
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  applied_steps_count: number;
}

async function migrationRows(databaseUrl: string): Promise<MigrationRow[]> {
  const client = new pg.Client(connectionSettingsFromUrl(databaseUrl).config);
  await client.connect();
  try {
    const { rows } = await client.query<MigrationRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count
         FROM _prisma_migrations`,
    );
    return rows.sort(byName((row) => row.migration_name));
  } finally {
    await client.end();
  }
}

describe("migrations on a migrated database", () => {
  it("finds no drift between the database and schema.prisma", async () => {
    expect(await diffDatabaseAgainstSchema(migratedDatabaseUrl())).toEqual({ inSync: true, script: "" });
  });

  it("has nothing left to apply", async () => {
    expect(await applyPendingMigrations(migratedDatabaseUrl())).toEqual([]);
  });

  it("records each migration folder once, finished, with the sha256 of its migration.sql", async () => {
    const folders = await migrationFolders();
    const rows = await migrationRows(migratedDatabaseUrl());

    expect(folders.length).toBeGreaterThan(0);
    expect(rows.map((row) => ({ name: row.migration_name, checksum: row.checksum }))).toEqual(folders);
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });
});

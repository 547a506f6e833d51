import pg from "pg";

export const TEMPLATE_DATABASE = "framewise_test_template";

export function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

const quoteIdentifier = (name: string) => `"${name.replaceAll('"', '""')}"`;

async function onServer(serverUrl: string, statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrlFor(serverUrl, "postgres") });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

export function recreateDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  return onServer(serverUrl, [
    `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`,
    `CREATE DATABASE ${quoteIdentifier(name)}${template ? ` TEMPLATE ${quoteIdentifier(template)}` : ""}`,
  ]);
}

export function dropDatabase(serverUrl: string, name: string): Promise<void> {
  return onServer(serverUrl, [`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`]);
}

import { randomUUID } from "node:crypto";
import PgBoss from "pg-boss";
import { describe, expect, it } from "vitest";
import pg from "pg";
import { createQueues } from "./import-queue.ts";

/** A pg-boss instance on a schema of its own, as on a fresh database. */
async function startedBoss(schema: string): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: process.env.DATABASE_URL, schema, max: 2 });
  boss.on("error", () => {}); // a failure surfaces through the awaited calls
  await boss.start();
  return boss;
}

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA ${client.escapeIdentifier(schema)} CASCADE`);
  } finally {
    await client.end();
  }
}

describe("the import queues", () => {
  it("are created once when two app instances start on a fresh database together", async () => {
    for (let round = 0; round < 5; round++) {
      const schema = `boss_${randomUUID().slice(0, 8)}`;
      const first = await startedBoss(schema);
      const second = await startedBoss(schema);
      try {
        await Promise.all([createQueues(first), createQueues(second)]);
        const queues = (await first.getQueues()).filter((queue) => !queue.name.startsWith("__pgboss"));
        expect(queues.map((queue) => queue.name).sort()).toEqual(["import-cleanup", "import-save"]);
      } finally {
        await Promise.all([first.stop({ graceful: false }), second.stop({ graceful: false })]);
        await dropSchema(schema);
      }
    }
  }, 120_000);
});

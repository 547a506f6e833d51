import pg from "pg";

/**
 * The e2e server's embedded Postgres (scripts/e2e-server.ts: loopback only, the fixed local password of
 * lib/db/embedded-postgres.ts), for looking up ids the app shows no one but their owner, and for checking
 * that a refused write changed nothing.
 */
export async function withE2eDatabase<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    host: "127.0.0.1",
    port: Number(process.env.FRAMEWISE_PG_PORT ?? 54349),
    user: "postgres",
    password: "framewise-local",
    database: "framewise",
  });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

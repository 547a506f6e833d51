import pg from "pg";

/**
 * Turns on pg_stat_statements (it must be preloaded, so the server is restarted by `restart`), for
 * `--statements`: which queries the load spent the database's time on.
 */
export async function enableStatementStats(url: string, restart: () => Promise<void>): Promise<void> {
  await withClient(url, (client) => client.query("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'"));
  await restart();
  await withClient(url, (client) => client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
}

export async function resetStatementStats(url: string): Promise<void> {
  await withClient(url, (client) => client.query("SELECT pg_stat_statements_reset()"));
}

export interface StatementStat {
  calls: number;
  totalMs: number;
  meanMs: number;
  query: string;
}

/** The statements that took the most time in total since the last reset. */
export async function topStatements(url: string, limit = 15): Promise<StatementStat[]> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<StatementStat>(
      `SELECT calls::int, round(total_exec_time::numeric, 1)::float AS "totalMs",
              round(mean_exec_time::numeric, 3)::float AS "meanMs", left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS query
       FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT $1`,
      [limit],
    );
    return rows;
  });
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

// Query parameters that Prisma or node-postgres understand but libpq rejects ("invalid URI query parameter").
const NOT_FOR_LIBPQ = [
  "schema",
  "connection_limit",
  "pool_timeout",
  "socket_timeout",
  "pgbouncer",
  "statement_cache_size",
];

export interface LibpqTarget {
  /** A libpq connection URI without the password, safe to pass on a command line. */
  dbname: string;
  /** The password travels in the child's environment, never in its arguments (visible to `ps`). */
  env: { PGPASSWORD?: string };
  /** Prisma's `?schema=`: a deployment sharing a database with others dumps only its own schema. */
  schema: string | null;
  /** host:port/database, for messages. */
  label: string;
}

/** How pg_dump, pg_restore and psql are pointed at the database of a DATABASE_URL. */
export function libpqTarget(databaseUrl: string): LibpqTarget {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  const schema = url.searchParams.get("schema");
  url.password = "";
  for (const name of NOT_FOR_LIBPQ) url.searchParams.delete(name);
  return {
    dbname: url.toString(),
    env: password ? { PGPASSWORD: password } : {},
    schema,
    label: `${url.host}${url.pathname}`,
  };
}

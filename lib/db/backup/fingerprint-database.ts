import { createPrismaClient } from "../client.ts";

export interface TableFingerprint {
  table: string;
  rows: number;
  /** md5 over the md5 of every row's text, in hash order: equal exactly when the rows are. */
  md5: string;
}

export interface DatabaseFingerprint {
  tables: TableFingerprint[];
  sequences: { sequence: string; lastValue: string | null }[];
  /** Every index, constraint, trigger and function, as Postgres prints its definition. */
  definitions: string[];
}

/**
 * What a database holds, table by table, computed in Postgres: two databases with equal fingerprints hold the
 * same rows, sequence positions and schema objects. Covers every schema but Postgres's own.
 */
export async function fingerprintDatabase(databaseUrl: string): Promise<DatabaseFingerprint> {
  const prisma = createPrismaClient(databaseUrl);
  try {
    // query_to_xml runs one counting query per table, named safely by format('%I'), all in one statement.
    const tables = await prisma.$queryRaw<TableFingerprint[]>`
      SELECT format('%I.%I', n.nspname, c.relname) AS "table",
             (xpath('/row/rows/text()', x))[1]::text::int AS rows,
             (xpath('/row/md5/text()', x))[1]::text AS md5
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
       CROSS JOIN LATERAL query_to_xml(
               format('SELECT count(*) AS rows, md5(coalesce(string_agg(md5(t::text), '''' ORDER BY md5(t::text)), '''')) AS md5 FROM %I.%I t',
                      n.nspname, c.relname),
               false, true, '') AS x
       WHERE c.relkind = 'r' AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
       ORDER BY 1`;
    const sequences = await prisma.$queryRaw<DatabaseFingerprint["sequences"]>`
      SELECT format('%I.%I', schemaname, sequencename) AS sequence, last_value::text AS "lastValue"
        FROM pg_sequences
       WHERE schemaname !~ '^pg_' AND schemaname <> 'information_schema'
       ORDER BY 1`;
    const definitions = await prisma.$queryRaw<{ definition: string }[]>`
      WITH own AS (SELECT oid FROM pg_namespace WHERE nspname !~ '^pg_' AND nspname <> 'information_schema')
      SELECT definition FROM (
        SELECT 'index ' || indexdef AS definition FROM pg_indexes WHERE schemaname !~ '^pg_' AND schemaname <> 'information_schema'
        UNION ALL
        SELECT format('constraint %I on %s: %s', conname, conrelid::regclass, pg_get_constraintdef(oid))
          FROM pg_constraint WHERE connamespace IN (SELECT oid FROM own)
        UNION ALL
        SELECT 'trigger ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal
        UNION ALL
        SELECT 'function ' || pg_get_functiondef(oid)
          FROM pg_proc WHERE pronamespace IN (SELECT oid FROM own) AND prokind IN ('f', 'p')
      ) AS objects
      ORDER BY 1`;
    return { tables, sequences, definitions: definitions.map((row) => row.definition) };
  } finally {
    await prisma.$disconnect();
  }
}

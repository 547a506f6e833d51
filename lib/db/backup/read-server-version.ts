import { createPrismaClient } from "../client.ts";

export interface ServerVersion {
  major: number;
  /** e.g. "18.4" */
  version: string;
}

/** The PostgreSQL release the database runs: the backup tools must be at least its major version. */
export async function readServerVersion(databaseUrl: string): Promise<ServerVersion> {
  const prisma = createPrismaClient(databaseUrl);
  try {
    const [row] = await prisma.$queryRaw<{ number: number; version: string }[]>`
      SELECT current_setting('server_version_num')::int AS number, current_setting('server_version') AS version`;
    return { major: Math.floor(row.number / 10_000), version: row.version.split(" ")[0] };
  } finally {
    await prisma.$disconnect();
  }
}

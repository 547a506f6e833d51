import { ensureDefaultCodebook } from "../codebook/ensure-default-codebook.ts";
import { createPrismaClient, type PrismaClient } from "../db/client.ts";
import { applyPendingMigrations } from "../db/migrations.ts";

export interface PreparedDatabase {
  appliedMigrations: string[];
  userCount: number;
}

/**
 * Brings a database up to date before the app serves it: migrations, the default codebook, then
 * `seed` if the caller passes one (the demo data, in demo mode).
 */
export async function prepareDatabase(
  databaseUrl: string,
  seed?: (prisma: PrismaClient) => Promise<void>,
): Promise<PreparedDatabase> {
  const appliedMigrations = await applyPendingMigrations(databaseUrl);
  const prisma = createPrismaClient(databaseUrl);
  try {
    await ensureDefaultCodebook(prisma);
    await seed?.(prisma);
    return { appliedMigrations, userCount: await prisma.user.count() };
  } finally {
    await prisma.$disconnect();
  }
}

import { ensureDefaultCodebook } from "../codebook/ensure-default-codebook.ts";
import { seedDemoData } from "../../prisma/seed/seed-demo.ts";
import { createPrismaClient } from "./client.ts";
import { applyPendingMigrations } from "./migrations.ts";

export interface PreparedDatabase {
  appliedMigrations: string[];
  userCount: number;
}

/** Brings a database up to date before the app serves it: migrations, default codebook, demo data if asked. */
export async function prepareDatabase(databaseUrl: string, options: { demo: boolean }): Promise<PreparedDatabase> {
  const appliedMigrations = await applyPendingMigrations(databaseUrl);
  const prisma = createPrismaClient(databaseUrl);
  try {
    await ensureDefaultCodebook(prisma);
    if (options.demo) await seedDemoData(prisma);
    return { appliedMigrations, userCount: await prisma.user.count() };
  } finally {
    await prisma.$disconnect();
  }
}

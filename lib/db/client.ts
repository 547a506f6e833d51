import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client.ts";
import { registerPoolConnections } from "./transaction-connection.ts";

export function createPrismaClient(databaseUrl: string): PrismaClient {
  const pool = new pg.Pool({ connectionString: databaseUrl });
  registerPoolConnections(pool);
  // A transaction waits up to 10 s for a pool connection (Prisma's default is 2 s): under bench:load, comparison
  // pages held all ten connections for seconds and tag saves failed with P2028 instead of waiting their turn.
  return new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    transactionOptions: { maxWait: 10_000 },
  });
}

// One client per process; kept on globalThis so Next's dev reloads don't open a pool per edit.
const cache = globalThis as unknown as { framewisePrisma?: PrismaClient };

export function db(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or `npm start`.");
  cache.framewisePrisma ??= createPrismaClient(url);
  return cache.framewisePrisma;
}

export type { PrismaClient };

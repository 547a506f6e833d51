import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client.ts";

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
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

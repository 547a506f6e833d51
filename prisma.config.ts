import { defineConfig } from "prisma/config";

// Prisma 7 reads no .env by itself; the URL only matters to CLI commands that connect.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/framewise" },
});

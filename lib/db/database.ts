import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";

export interface OpenDatabase {
  url: string;
  /** True when this is the embedded demo server rather than a DATABASE_URL the operator chose. */
  embedded: boolean;
  close(): Promise<void>;
}

export const DEFAULT_EMBEDDED_PORT = 54329;

export function dataDirectory(): string {
  return path.resolve(process.env.FRAMEWISE_DATA_DIR ?? ".data");
}

/** DATABASE_URL when set; otherwise the embedded Postgres kept under the data directory. */
export async function openDatabase(): Promise<OpenDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, embedded: false, close: async () => {} };
  const server = await startEmbeddedPostgres({
    rootDir: path.join(dataDirectory(), "postgres"),
    port: Number(process.env.FRAMEWISE_PG_PORT ?? DEFAULT_EMBEDDED_PORT),
    database: "framewise",
  });
  return { url: server.url, embedded: true, close: server.stop };
}

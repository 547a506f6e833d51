import path from "node:path";

/** Where `scripts/build-pg-client.sh` installs the PostgreSQL 18 client it compiles. */
export const BUILT_CLIENT_DIR = path.join(".tools", "pg18", "bin");

export interface ToolDirectory {
  dir: string;
  /** Where the folder came from, named in messages so a user knows which setting to change. */
  origin: string;
}

/** The folders searched for pg_dump and pg_restore, first match first: the override, the built client, then PATH. */
export function pgToolDirectories(env: Record<string, string | undefined> = process.env): ToolDirectory[] {
  const override = env.FRAMEWISE_PG_DUMP_DIR
    ? [{ dir: env.FRAMEWISE_PG_DUMP_DIR, origin: "FRAMEWISE_PG_DUMP_DIR" }]
    : [];
  const onPath = (env.PATH ?? "")
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => ({ dir, origin: "PATH" }));
  return [...override, { dir: path.resolve(BUILT_CLIENT_DIR), origin: BUILT_CLIENT_DIR }, ...onPath];
}

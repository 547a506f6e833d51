import { chmod, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findPgTool } from "./find-pg-tool.ts";
import { BUILT_CLIENT_DIR, pgToolDirectories } from "./pg-tool-directories.ts";

/** A folder holding a fake pg_dump that prints `banner` for --version, as the real one does. */
async function folderWithPgDump(banner: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "framewise-pg-tool-"));
  const tool = path.join(dir, "pg_dump");
  await writeFile(tool, `#!/bin/sh\necho '${banner}'\n`);
  await chmod(tool, 0o755);
  return dir;
}

const at = (...dirs: string[]) => dirs.map((dir) => ({ dir, origin: "PATH" }));

describe("findPgTool", () => {
  it("takes the first pg_dump of at least the server's major version, passing older ones", async () => {
    const debian = await folderWithPgDump("pg_dump (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)");
    const built = await folderWithPgDump("pg_dump (PostgreSQL) 18.6");
    const newer = await folderWithPgDump("pg_dump (PostgreSQL) 19.0");

    expect(await findPgTool("pg_dump", 18, at(debian, built, newer))).toEqual({
      path: path.join(built, "pg_dump"),
      version: "18.6",
      major: 18,
    });
    expect((await findPgTool("pg_dump", 15, at(debian, built))).version).toBe("15.14");
  });

  it("refuses an older pg_dump, naming it, its version, the version needed and how to get it", async () => {
    const debian = await folderWithPgDump("pg_dump (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)");
    const empty = await mkdtemp(path.join(os.tmpdir(), "framewise-pg-tool-"));

    const refusal = findPgTool("pg_dump", 18, at(empty, debian));
    await expect(refusal).rejects.toThrow(/pg_dump from PostgreSQL 18 or newer is needed/);
    await expect(refusal).rejects.toThrow(`only older ones were found: ${path.join(debian, "pg_dump")} (15.14)`);
    await expect(refusal).rejects.toThrow(/npm run db:tools.*FRAMEWISE_PG_DUMP_DIR/);
  });

  it("says where it looked when there is no pg_restore at all", async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), "framewise-pg-tool-"));
    const origins = ["FRAMEWISE_PG_DUMP_DIR", BUILT_CLIENT_DIR, "PATH", "PATH"];
    const directories = origins.map((origin) => ({ dir: empty, origin }));
    await expect(findPgTool("pg_restore", 18, directories)).rejects.toThrow(
      `none was found (searched FRAMEWISE_PG_DUMP_DIR, ${BUILT_CLIENT_DIR}, PATH)`,
    );
  });
});

describe("pgToolDirectories", () => {
  it("searches FRAMEWISE_PG_DUMP_DIR, then the built client, then PATH in order", () => {
    const directories = pgToolDirectories({ FRAMEWISE_PG_DUMP_DIR: "/opt/pg/bin", PATH: "/usr/local/bin:/usr/bin" });
    expect(directories.map((entry) => entry.dir)).toEqual([
      "/opt/pg/bin",
      path.resolve(BUILT_CLIENT_DIR),
      "/usr/local/bin",
      "/usr/bin",
    ]);
    expect(pgToolDirectories({ PATH: "/usr/bin" })[0].origin).toBe(BUILT_CLIENT_DIR);
  });
});

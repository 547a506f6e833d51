import { execFile } from "node:child_process";
import { access, constants, realpath } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { pgToolDirectories, type ToolDirectory } from "./pg-tool-directories.ts";

export type PgToolName = "pg_dump" | "pg_restore";

export interface PgTool {
  path: string;
  /** As the tool prints it, e.g. "18.6". */
  version: string;
  major: number;
}

export class PgToolError extends Error {}

/**
 * The first `name` in `directories` whose major version is at least `neededMajor`: pg_dump refuses a server
 * newer than itself, and an older pg_restore cannot read a newer dump. Throws a PgToolError saying what was
 * found and how to get the right one.
 */
export async function findPgTool(
  name: PgToolName,
  neededMajor: number,
  directories: ToolDirectory[] = pgToolDirectories(),
): Promise<PgTool> {
  const tooOld: string[] = [];
  const seen = new Set<string>(); // /bin and /usr/bin are often one folder
  for (const { dir } of directories) {
    const candidate = path.resolve(dir, name);
    const real = await realpath(candidate).catch(() => null);
    if (!real || seen.has(real)) continue;
    seen.add(real);
    const tool = await readTool(candidate);
    if (!tool) continue;
    if (tool.major >= neededMajor) return tool;
    tooOld.push(`${candidate} (${tool.version})`);
  }
  throw new PgToolError(missingToolMessage(name, neededMajor, tooOld, directories));
}

async function readTool(candidate: string): Promise<PgTool | null> {
  try {
    await access(candidate, constants.X_OK);
    const { stdout } = await promisify(execFile)(candidate, ["--version"], { timeout: 10_000 });
    const match = /\(PostgreSQL\) (\d+)(?:\.(\d+))?/.exec(stdout);
    return match
      ? { path: candidate, version: match[2] ? `${match[1]}.${match[2]}` : match[1], major: Number(match[1]) }
      : null;
  } catch {
    return null; // absent, not executable, or cannot start (a build whose libpq moved): keep looking
  }
}

function missingToolMessage(
  name: PgToolName,
  neededMajor: number,
  tooOld: string[],
  searched: ToolDirectory[],
): string {
  const found = tooOld.length
    ? `only older ones were found: ${tooOld.join(", ")}`
    : `none was found (searched ${[...new Set(searched.map((entry) => entry.origin))].join(", ")})`;
  return (
    `${name} from PostgreSQL ${neededMajor} or newer is needed, but ${found}. ` +
    `Build it with \`npm run db:tools\` (compiles PostgreSQL ${neededMajor}'s client tools into .tools/pg18), ` +
    `or set FRAMEWISE_PG_DUMP_DIR to a folder that holds pg_dump and pg_restore ${neededMajor}+.`
  );
}

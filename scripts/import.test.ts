import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const CLI = ["tsx", "scripts/import.ts"];

function dryRun(...args: string[]) {
  const stdout = execFileSync("npx", [...CLI, ...args, "--dry-run", "--json"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return JSON.parse(stdout) as { articles: Record<string, unknown>[]; errors: Record<string, unknown>[] };
}

/**
 * Runs the CLI with stdout and stderr as pipes, where writes are asynchronous, and reads them to the end,
 * or closes stdout after its first chunk as `| head` does.
 */
function runThroughPipes(
  args: string[],
  { closeEarly = false } = {},
): Promise<{ stdout: Buffer; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", [...CLI, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => {
      stdout.push(chunk);
      if (closeEarly) child.stdout.destroy();
    });
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString("utf8"), code }),
    );
  });
}

const workDir = mkdtempSync(path.join(tmpdir(), "framewise-import-cli-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function writeNdjson(name: string, lines: string[]): string {
  const file = path.join(workDir, name);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

const article = (index: number) =>
  JSON.stringify({
    title: `Article ${index}`,
    url: `https://outlet.example/${index}`,
    published_at: "2024-06-05",
    body: Array.from({ length: 40 }, () =>
      `Paragraph of article ${index}, long enough to fill the pipe. `.repeat(8),
    ).join("\n\n"),
  });

describe("npm run import -- --dry-run --json", () => {
  it("prints one JSON object with the recognized article and nothing on stdout but it", () => {
    const output = dryRun("lib/import/fixtures/seed-article.txt");
    expect(output.errors).toEqual([]);
    expect(output.articles).toHaveLength(1);
    expect(Object.keys(output.articles[0]).sort()).toEqual([
      "body",
      "byline",
      "language",
      "outlet",
      "publishedAt",
      "title",
      "url",
    ]);
    expect(output.articles[0]).toMatchObject({ byline: "lauraharris", publishedAt: "2024-06-05T00:00:00.000Z" });
    expect(String(output.articles[0].body)).toMatch(
      /^Hamas has decided to boycott[\s\S]*\n\nU\.S\. keeps on putting pressure/,
    );
  }, 60_000);

  it("reports rejected rows with row, field and reason", () => {
    const output = dryRun("e2e/fixtures/coverage.csv");
    expect(output.articles.map((article) => article.outlet)).toEqual(["Harbor Wire", "Tideline"]);
    expect(output.errors).toEqual([{ row: 4, field: "published_at", reason: expect.stringContaining("not a date") }]);
  }, 60_000);

  it("writes megabytes of JSON through a pipe to the last byte before it exits", async () => {
    const count = 300;
    const file = writeNdjson(
      "many.ndjson",
      Array.from({ length: count }, (_, index) => article(index)),
    );
    const { stdout, stderr, code } = await runThroughPipes([file, "--dry-run", "--json"]);
    expect(code).toBe(0);
    expect(stdout.byteLength).toBeGreaterThan(4 * 1024 * 1024);
    const output = JSON.parse(stdout.toString("utf8")) as { articles: { title: string }[]; errors: unknown[] };
    expect(stdout.byteLength).toBe(Buffer.byteLength(`${JSON.stringify(output)}\n`));
    expect(output.articles).toHaveLength(count);
    expect(output.articles.at(-1)?.title).toBe(`Article ${count - 1}`);
    expect(stderr).toContain(`${count} articles read, 0 rows rejected`);
  }, 60_000);

  it("stops quietly when the reader closes the pipe early", async () => {
    const file = writeNdjson(
      "head.ndjson",
      Array.from({ length: 100 }, (_, index) => article(index)),
    );
    const { stderr, code } = await runThroughPipes([file, "--dry-run", "--json"], { closeEarly: true });
    expect(code).toBe(0);
    expect(stderr).not.toContain("EPIPE");
  }, 60_000);

  it("counts a rejected row once however many of its fields are wrong", async () => {
    const file = writeNdjson("rejected.ndjson", [
      article(1),
      JSON.stringify({ title: "", url: "https://outlet.example/2", published_at: "soon", body: "Text." }),
      "{ not json",
    ]);
    const { stdout, stderr, code } = await runThroughPipes([file, "--dry-run", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout.toString("utf8")).errors).toHaveLength(3);
    expect(stderr).toContain("1 articles read, 2 rows rejected");
  }, 60_000);

  it("fails with a non-zero exit code and says why", async () => {
    const { stderr, code } = await runThroughPipes([path.join(workDir, "missing.csv"), "--dry-run"]);
    expect(code).toBe(1);
    expect(stderr).toContain("missing.csv");
  }, 60_000);
});

import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function dryRun(...args: string[]) {
  const stdout = execFileSync("npx", ["tsx", "scripts/import.ts", ...args, "--dry-run", "--json"], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return JSON.parse(stdout) as { articles: Record<string, unknown>[]; errors: Record<string, unknown>[] };
}

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
});

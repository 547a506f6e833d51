// `npm test`: unit and integration tests (Vitest, real Postgres), then end-to-end tests (Playwright, in the
// Chromium e2e/chromium.ts finds: CHROMIUM_PATH, a system one, or the one in the npm package
// @sparticuz/chromium). Ends with one line, "N passed, N failed", summed over all three.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { e2eChromium } from "../e2e/chromium.ts";

interface Tally {
  suite: string;
  passed: number;
  failed: number;
}

const RESULTS = ".data/test-results";

function run(command: string, args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync("npx", [command, ...args], { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

function vitest(): Tally[] {
  const file = `${RESULTS}/vitest.json`;
  const exit = run("vitest", ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`]);
  const report = readJson<{ testResults: { name: string; assertionResults: { status: string }[] }[] }>(file);
  if (!report) return [{ suite: "unit + integration (did not report)", passed: 0, failed: 1 }];
  const tally = (suite: string, matches: (name: string) => boolean): Tally => {
    const results = report.testResults.filter((file) => matches(file.name)).flatMap((file) => file.assertionResults);
    const passed = results.filter((result) => result.status === "passed").length;
    const failed = results.filter((result) => result.status === "failed").length;
    return { suite, passed, failed };
  };
  const tallies = [
    tally("unit", (name) => !name.endsWith(".int.test.ts")),
    tally("integration", (name) => name.endsWith(".int.test.ts")),
  ];
  // A file that failed to load has no assertions; the exit code still tells.
  if (exit !== 0 && tallies.every((t) => t.failed === 0))
    tallies.push({ suite: "vitest (exited with an error)", passed: 0, failed: 1 });
  return tallies;
}

function playwright(): Tally {
  // Chosen once here; Playwright (started below with this process's environment) reuses the choice.
  try {
    console.log(`\nEnd-to-end tests run in ${e2eChromium().chromium.description}.\n`);
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
    return { suite: "end-to-end (not run: no Chromium)", passed: 0, failed: 1 };
  }
  const file = `${RESULTS}/playwright.json`;
  const exit = run("playwright", ["test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(file);
  if (!report) return { suite: "end-to-end (did not report)", passed: 0, failed: 1 };
  const failed = report.stats.unexpected + report.stats.flaky;
  return { suite: "end-to-end", passed: report.stats.expected, failed: failed || (exit === 0 ? 0 : 1) };
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const tallies = [...vitest(), playwright()];
console.log("");
for (const { suite, passed, failed } of tallies) console.log(`${suite}: ${passed} passed, ${failed} failed`);
const passed = tallies.reduce((sum, t) => sum + t.passed, 0);
const failed = tallies.reduce((sum, t) => sum + t.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

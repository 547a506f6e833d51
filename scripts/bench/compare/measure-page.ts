import type { Browser } from "@playwright/test";
import { median, percentile } from "../tagging/stats.ts";
import { BENCH_EDITOR } from "./generate-data.ts";

const TIMEOUT_MS = 60_000;

/**
 * Opens the comparison page `loads` times in a signed-in tab and measures, from navigation start, until every
 * section has streamed in (no loading skeleton left) and the page is hydrated (a chart's view switch answers to
 * React): the page is then interactive.
 */
export async function measurePage(browser: Browser, baseUrl: string, path: string, loads: number) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(TIMEOUT_MS);
  await page.goto(`${baseUrl}/login?callbackUrl=${encodeURIComponent(path)}`);
  await page.waitForFunction(() => {
    const form = document.querySelector("form");
    return form !== null && Object.keys(form).some((key) => key.startsWith("__reactProps"));
  });
  await page.getByLabel("Email").fill(BENCH_EDITOR.email);
  await page.getByLabel("Password").fill(BENCH_EDITOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${baseUrl}${path}`);
  const samples: number[] = [];
  for (let i = 0; i < loads; i += 1) {
    await page.goto(`${baseUrl}${path}`, { waitUntil: "commit" });
    const interactive = await page.waitForFunction(
      () => {
        const streaming = document.querySelector('[aria-busy="true"]');
        const views = document.querySelectorAll('[role="group"][aria-label$="show as"] button');
        const hydrated = [...views].some((button) => Object.keys(button).some((key) => key.startsWith("__reactProps")));
        return !streaming && hydrated ? performance.now() : false;
      },
      undefined,
      { polling: 16 },
    );
    samples.push(Number(await interactive.jsonValue()));
  }
  await page.close();
  return { samples, median: median(samples), p95: percentile(samples, 0.95) };
}

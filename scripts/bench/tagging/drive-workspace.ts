import { chromium, type Browser, type CDPSession, type Page } from "@playwright/test";
import { e2eChromium } from "../../../e2e/chromium.ts";
import type { TextSpan } from "../../../lib/annotations/text/span.ts";
import {
  armPress,
  installAfterNextPaint,
  loadTimes,
  pressTimes,
  scrollWholePage,
  selectWord,
  watchWorkspaceLoad,
  type LoadTimes,
  type PressTimes,
  type ScrollFrames,
} from "./in-page.ts";

const TIMEOUT_MS = 60_000;

/** The browser the end-to-end tests use (e2e/chromium.ts chooses it), headless, with their switches. */
export async function launchChromium(): Promise<{ browser: Browser; description: string }> {
  const { chromium: choice } = e2eChromium();
  const browser = await chromium.launch({
    executablePath: choice.path,
    ...(choice.env && { env: { ...process.env, ...choice.env } }),
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  return { browser, description: `${choice.description}, version ${browser.version()}` };
}

/** A page at desktop size whose every document gets the workspace's load watcher before anything runs. */
export async function openWorkspacePage(browser: Browser, paragraphs: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.setDefaultTimeout(TIMEOUT_MS);
  // tsx names functions through an `__name` helper that does not exist in the page.
  await page.addInitScript({ content: "window.__name = (fn) => fn;" });
  await page.addInitScript(installAfterNextPaint);
  await page.addInitScript(watchWorkspaceLoad, paragraphs);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  cpuClocks.set(page, cdp);
  return page;
}

const cpuClocks = new WeakMap<Page, CDPSession>();

/**
 * The CPU time the page's main thread has spent on tasks so far, in ms. It grows far less than the wall-clock
 * times when other processes compete for the cores, so it still shows the page's own work on a busy machine.
 * (Only within one document: a navigation may move the page to a new renderer, whose count starts afresh.)
 */
async function mainThreadCpu(page: Page): Promise<number> {
  const { metrics } = await cpuClocks.get(page)!.send("Performance.getMetrics");
  return metrics.find((metric) => metric.name === "TaskDuration")!.value * 1000;
}

/** Signs in through the login page once its form is hydrated, ending on `returnTo`. */
export async function signIn(
  page: Page,
  baseUrl: string,
  account: { email: string; password: string },
  returnTo: string,
) {
  await page.goto(`${baseUrl}/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  await page.waitForFunction(() => {
    const form = document.querySelector("form");
    return form !== null && Object.keys(form).some((key) => key.startsWith("__reactProps"));
  });
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${baseUrl}${returnTo}`);
  await waitForWorkspace(page);
}

export interface LoadSample extends Omit<LoadTimes, "longTasks"> {
  firstByte: number;

  /** The longest task before the text was hydrated. */
  longestTask: number;
}

/** Opens the workspace afresh and times it from the start of the navigation. */
export async function measureLoad(page: Page, url: string): Promise<LoadSample> {
  await page.goto(url, { waitUntil: "commit" });
  const times = await waitForWorkspace(page);
  const firstByte = await page.evaluate(() => performance.getEntriesByType("navigation")[0].toJSON().responseStart);
  const beforeHydration = times.longTasks.filter((task) => task.start < times.hydrated);
  return {
    firstByte,
    inDocument: times.inDocument,
    shown: times.shown,
    hydrated: times.hydrated,
    longestTask: Math.max(0, ...beforeHydration.map((task) => task.duration)),
  };
}

async function waitForWorkspace(page: Page): Promise<LoadTimes> {
  await page.waitForFunction(() => {
    const times = (window as { __benchLoad?: Partial<LoadTimes> }).__benchLoad;
    return times?.shown !== undefined && times.hydrated !== undefined;
  });
  return (await page.evaluate(loadTimes)) as LoadTimes;
}

/** The key the palette shows for a category, as Playwright presses it (shifted letters as Shift+letter). */
export async function categoryKey(page: Page, label: string): Promise<string> {
  const palette = page.getByRole("region", { name: "Categories" });
  const key = await palette
    .getByRole("button", { name: new RegExp(`${label}$`) })
    .locator("kbd")
    .innerText();
  return key.startsWith("⇧") ? `Shift+${key.slice(1)}` : key.toLowerCase();
}

export type PressSample = Omit<PressTimes, "key"> & {
  /** Main-thread CPU time from just before the key until the save was acknowledged (both renders and their frames). */
  cpu: number;
};

/** Selects one untagged word, presses a category's key, and times the highlight and the save's acknowledgement. */
export async function measurePress(page: Page, body: string, target: TextSpan, key: string): Promise<PressSample> {
  const word = body.slice(target.start, target.end);
  await page.evaluate(selectWord, target);
  await page
    .getByTestId("selection-summary")
    .filter({ hasText: `Selected: ${word} —` })
    .waitFor();
  // Two frames, so the selection's own render is over before the key goes down.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.evaluate(armPress, { start: target.start, word });
  const cpuBefore = await mainThreadCpu(page);
  await page.keyboard.press(key);
  const times = await page.evaluate(pressTimes);
  const cpu = (await mainThreadCpu(page)) - cpuBefore;
  return {
    highlight: times.highlight - times.key,
    highlightDrawn: times.highlightDrawn - times.key,
    response: times.response - times.key,
    acknowledged: times.acknowledged - times.key,
    cpu,
  };
}

export function measureScroll(page: Page, step: number): Promise<ScrollFrames> {
  return page.evaluate(scrollWholePage, step);
}

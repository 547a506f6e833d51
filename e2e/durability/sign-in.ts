import type { Browser, BrowserContext, Page } from "@playwright/test";
import { logIn } from "../login.ts";
import { PASSWORD } from "../roles.ts";

/** A browser context of its own on `origin`, signed in through the login page; its `request` shares the session. */
export async function signedIn(
  browser: Browser,
  origin: string,
  email: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: origin, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/login");
  await logIn(page, email, PASSWORD);
  await page.waitForURL("**/events", { timeout: 60_000 });
  return { context, page };
}

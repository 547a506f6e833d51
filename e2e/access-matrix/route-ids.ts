import { randomUUID } from "node:crypto";
import { expect, type Browser, type Page } from "@playwright/test";
import { storageStateFor } from "../roles.ts";
import type { RouteIds } from "./table.ts";

// The demo event's fixed id (prisma/seed/seed-demo.ts).
export const DEMO_EVENT_ID = "00000000-0000-4000-8000-00000000de30";
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
// Other specs import and render into the same server meanwhile.
const SLOW = { timeout: 60_000 };

/** The ids of the first link on a page whose address starts with `prefix`. */
export async function firstLinkedId(page: Page, path: string, prefix: string): Promise<string> {
  await page.goto(path);
  const hrefs = await page
    .locator(`a[href^="${prefix}"]`)
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const id = hrefs.map((href) => UUID.exec(href.slice(prefix.length))?.[0]).find(Boolean);
  if (!id) throw new Error(`No link to ${prefix}<id> on ${path}`);
  return id;
}

/** Stages (without saving) a pasted article as the page's user; returns the batch id. */
export async function stagePastedArticle(page: Page, text: string): Promise<string> {
  await page.goto("/import");
  await page.getByLabel("Article text").fill(text);
  await page.getByRole("button", { name: "Preview import" }).click();
  await page.waitForURL(/\/import\/[0-9a-f-]{36}/, SLOW);
  return UUID.exec(new URL(page.url()).pathname)![0];
}

/** Creates and publishes a report on an event as the page's editor, and makes a share link for it. */
export async function publishSharedReport(page: Page, eventId: string, title: string) {
  await page.goto(`/reports/new?event=${eventId}`);
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.getByRole("heading", { name: `Draft: ${title}` })).toBeVisible(SLOW);
  const reportId = UUID.exec(new URL(page.url()).pathname)![0];
  await page.getByRole("button", { name: "Publish…" }).click();
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByRole("heading", { name: title, exact: true })).toBeVisible(SLOW);
  await page.getByRole("button", { name: "Create link" }).click();
  const field = page.getByRole("textbox", { name: "New share link" });
  await expect(field).toHaveValue(/\/shared\/[\w-]{43}$/, SLOW);
  const link = await field.inputValue();
  return { reportId, link, token: link.slice(link.lastIndexOf("/") + 1) };
}

/** Real ids for every dynamic segment: looked up through the app as the admin, or created for this run. */
export async function collectRouteIds(browser: Browser): Promise<RouteIds> {
  const open = async (role: "ADMIN" | "EDITOR" | "REVIEWER") =>
    (await browser.newContext({ storageState: storageStateFor(role) })).newPage();
  const [admin, editor, reviewer] = await Promise.all([open("ADMIN"), open("EDITOR"), open("REVIEWER")]);
  const stamp = randomUUID().slice(0, 8);
  const articleId = await firstLinkedId(admin, `/events/${DEMO_EVENT_ID}`, "/articles/");
  const adjudicationArticleId = await firstLinkedId(editor, "/adjudication", "/adjudication/");
  const outletId = await firstLinkedId(admin, "/admin", "/admin/outlets/");
  const userId = await firstLinkedId(admin, "/admin/users", "/admin/users/");
  const batchId = await stagePastedArticle(
    reviewer,
    `Access matrix check ${stamp}\n\nA council committee met on ${stamp} to discuss the harbour budget.`,
  );
  const { reportId, token } = await publishSharedReport(editor, DEMO_EVENT_ID, `Access matrix ${stamp}`);
  await Promise.all([admin, editor, reviewer].map((page) => page.context().close()));
  return {
    eventId: DEMO_EVENT_ID,
    articleId,
    adjudicationArticleId,
    outletId,
    userId,
    version: "2",
    batchId,
    reportId,
    token,
  };
}

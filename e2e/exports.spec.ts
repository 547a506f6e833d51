import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { DEMO_EVENT } from "../prisma/seed/demo-data.ts";
import { storageStateFor } from "./roles.ts";

const SLOW = { timeout: 30_000 };
test.describe.configure({ timeout: 120_000 });

test("an editor downloads the demo event's tags as CSV with pseudonymised reviewers, and its dictionary", async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: storageStateFor("EDITOR") });
  const page = await context.newPage();
  await page.goto("/reports");
  await page.getByRole("link", { name: "Data exports" }).click();
  await page.getByLabel("Event").selectOption({ label: DEMO_EVENT.title });
  await page.getByLabel(/Pseudonymise reviewers/).check();
  await page.getByRole("button", { name: "Show downloads" }).click();
  await expect(page.getByRole("heading", { name: `Downloads: ${DEMO_EVENT.title}` })).toBeVisible(SLOW);
  await expect(page.getByRole("option", { name: /Every event/ })).toHaveCount(0);

  const download = page.waitForEvent("download", SLOW);
  await page.getByRole("link", { name: /^Tags .* as CSV$/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^framewise-tags-event-[0-9a-f]{8}\.csv$/);
  const [header, first] = (await readFile(await file.path(), "utf8")).split("\n");
  expect(header).toContain("tag_id,article_id,event_id,outlet_id,outlet_name,layer,is_gold,reviewer_id");
  expect(header).toContain("category_code");
  expect(header).toContain("quoted_text");
  const reviewer = first.split(",")[7];
  expect(reviewer).toMatch(/^[0-9a-f]{64}$/);

  const dictionary = await context.request.get("/api/exports/tags/dictionary");
  const { columns } = await dictionary.json();
  expect(columns.map((column: { name: string }) => column.name).join(",")).toBe(header);
  await context.close();
});

test("exports refuse a reviewer and a signed-out visitor", async ({ browser }) => {
  const reviewer = await browser.newContext({ storageState: storageStateFor("REVIEWER") });
  expect((await reviewer.request.get("/api/exports/tags?event=all")).status()).toBe(403);
  await reviewer.close();
  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  expect((await stranger.request.get("/api/exports/tags?event=all")).status()).toBe(401);
  await stranger.close();
});

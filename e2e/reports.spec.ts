import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { DEMO_EVENT } from "../prisma/seed/demo-data.ts";
import { storageStateFor } from "./roles.ts";

// The demo event's fixed id (prisma/seed/seed-demo.ts).
const DEMO_EVENT_ID = "00000000-0000-4000-8000-00000000de30";
// Other specs import into the server meanwhile; a page may wait behind them, and a PDF takes a browser launch.
const SLOW = { timeout: 30_000 };
// The PDF is printed twice (the second time with the contents' page numbers), after the server's first browser launch.
const PDF = { timeout: 90_000 };
test.describe.configure({ timeout: 300_000 });
test.use({ storageState: storageStateFor("EDITOR") });

test("an editor builds a report from the demo event's comparison, publishes it, downloads its PDF and shares it", async ({
  page,
  browser,
}) => {
  const title = `Port Calder fire ${randomUUID().slice(0, 8)}`;
  await page.goto(`/events/${DEMO_EVENT_ID}/compare?basis=reviewers`);
  await page.getByRole("link", { name: "Make a report" }).click();
  await expect(page.getByRole("heading", { name: "New report" })).toBeVisible(SLOW);
  await expect(page.getByText(/counting the submitted reviewers' tags averaged/)).toBeVisible();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("How each outlet names each actor").uncheck();
  await page.getByRole("button", { name: "Create draft" }).click();

  await expect(page.getByRole("heading", { name: `Draft: ${title}` })).toBeVisible(SLOW);
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("heading", { name: "Who gets a voice" })).toBeVisible();
  await expect(preview.getByRole("heading", { name: "How each outlet names each actor" })).toHaveCount(0);
  // The comparison's second part comes along by default: its sections with their charts.
  await expect(preview.getByRole("heading", { name: "Loaded language", level: 2 })).toBeVisible();
  await expect(preview.getByRole("heading", { name: "Which outlets covered it alike" })).toBeVisible();
  await page.getByLabel("Commentary").fill("The tabloid leaned on anonymous voices.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(preview.getByText("The tabloid leaned on anonymous voices.")).toBeVisible(SLOW);

  await page.getByRole("button", { name: "Publish…" }).click();
  await page.getByRole("button", { name: "Publish now" }).click();
  // The draft's preview has the title as its heading too: the share links say the report is published.
  await expect(page.getByRole("heading", { name: "Share links" })).toBeVisible(SLOW);
  const published = page.getByRole("region", { name: "Published report" });
  await expect(published.getByTestId("computed-at")).toContainText("frozen on publication", SLOW);
  await expect(published.getByRole("heading", { name: "Methods" })).toBeVisible();

  const download = page.waitForEvent("download", PDF);
  await page.getByRole("link", { name: "Download PDF" }).click();
  const pdfPath = await (await download).path();
  const parser = new PDFParse({ url: pdfPath });
  const { text, total, pages } = await parser.getText();
  await parser.destroy();
  expect(total).toBeGreaterThan(2);
  expect(text).toContain(title);
  expect(text).toContain("Contents");
  expect(text).toContain("Who gets a voice");
  expect(text).toContain("Loaded language");
  expect(text).toContain("Unfavourable wording, per 1,000 words");
  expect(text).toContain("Appendix: the tables behind the charts");
  expect(text).toMatch(/Page 1 of \d+/);
  expectContentsPages(pages, ["Who gets a voice", "Loaded language", "Timeline and syndication", "Methods"]);

  await page.getByLabel("Label (optional)").fill("Publisher");
  await page.getByRole("button", { name: "Create link" }).click();
  const link = await page.getByLabel("New share link").inputValue();
  expect(link).toMatch(/\/shared\/[\w-]{43}$/);

  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const reader = await stranger.newPage();
  await reader.goto(link);
  await expect(reader.getByRole("heading", { name: title, level: 1 })).toBeVisible(SLOW);
  await expect(reader.getByText(DEMO_EVENT.title).first()).toBeVisible();
  await expect(reader.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  const hrefs = await reader.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs.every((href) => href?.startsWith("#"))).toBe(true);

  await page.getByRole("list", { name: "Share links" }).getByRole("button", { name: "Revoke" }).first().click();
  await expect(page.getByText(/revoked \d{4}-\d{2}-\d{2}/)).toBeVisible(SLOW);
  const gone = await reader.goto(link);
  expect(gone?.status()).toBe(404);
  await stranger.close();
});

/** The contents page gives each heading's page number, in order, and that page carries the heading. */
function expectContentsPages(pages: { num: number; text: string }[], headings: string[]) {
  const contents = pages.find((page) => page.text.includes("Contents"))!;
  const numbers = headings.map((heading) => {
    const found = contents.text.match(new RegExp(`${heading}\\s+(\\d+)`));
    expect(found, `a page number for ${heading} in the contents`).not.toBeNull();
    return Number(found![1]);
  });
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  expect(numbers[0]).toBeGreaterThan(contents.num);
  for (const [index, heading] of headings.entries())
    expect(pages.find((page) => page.num === numbers[index])?.text).toContain(heading);
}

test("an unknown share link is a 404 without a login", async ({ browser }) => {
  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const response = await (await stranger.newPage()).goto(`/shared/${"x".repeat(43)}`);
  expect(response?.status()).toBe(404);
  await stranger.close();
});

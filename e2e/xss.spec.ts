import { randomUUID } from "node:crypto";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { storageStateFor } from "./roles.ts";

// Imported text is shown on many pages; none may turn it into markup. Every page of every context is watched
// for dialogs (alert), for console errors a payload would cause, and for a request to the payloads' image `x`.
test.describe.configure({ mode: "serial", timeout: 300_000 });
const SLOW = { timeout: 60_000 };

const stamp = randomUUID().slice(0, 8);
const SCRIPT = "<script>alert(1)</script>";
const IMG = "<img src=x onerror=alert(1)>";
const SVG = "<svg onload=alert(1)>";
const ENCODED = "&lt;script&gt;alert(1)&lt;/script&gt;";
const PERCENT = "%3Cscript%3Ealert(1)%3C%2Fscript%3E";
const JS_URL = "javascript:alert(document.cookie)";

const csvTitle = `${SCRIPT} Harbour levy ${stamp}`;
const csvAuthor = `${IMG} Jo Writer`;
const csvOutlet = `${SVG} Gazette ${stamp}`;
const secondTitle = `"><img src=x onerror=alert(2)> Quay works ${stamp}`;
const secondOutlet = `Ledger ${ENCODED} ${stamp}`;
const body = [
  `The council met on ${stamp}. ${SCRIPT} followed the vote.`,
  `A reader wrote ${IMG} and ${SVG} in a letter.`,
  `Encoded forms: ${ENCODED} and ${PERCENT}; a link ${JS_URL}.`,
].join("\n\n");
const eventTitle = `${SCRIPT} Levy dispute ${stamp}`;

const csv = (rows: string[][]) =>
  rows.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(",")).join("\n");
const CSV = csv([
  ["outlet", "url", "title", "author", "published_at", "body"],
  [csvOutlet, `https://xss.example/${stamp}/1?q=${PERCENT}`, csvTitle, csvAuthor, "2026-03-12", body],
  [csvOutlet, "javascript:alert(1)", `Rejected row ${stamp}`, JS_URL, "2026-03-12", body],
  // Another domain: two new outlets of one domain in a batch make the save fail (outlet_domains_pkey).
  [secondOutlet, `https://xss-ledger.example/${stamp}/2`, secondTitle, JS_URL, "2026-03-13", body],
]);

const problems: string[] = [];
const PAYLOAD_TRACE = /alert|onerror|onload|Refused to execute|\/x\b/i;

function watch(context: BrowserContext) {
  context.on("dialog", async (dialog) => {
    problems.push(`dialog "${dialog.message()}" on ${dialog.page()?.url()}`);
    await dialog.dismiss();
  });
  context.on("console", (message) => {
    if (message.type() === "error" && PAYLOAD_TRACE.test(message.text()))
      problems.push(`console error "${message.text()}" on ${message.page()?.url()}`);
  });
  context.on("request", (request) => {
    if (/\/x$/.test(new URL(request.url()).pathname))
      problems.push(`request for the payload's image: ${request.url()}`);
  });
  return context;
}

/** No element the payloads would have made, whatever the page drew them as. */
async function expectNoInjectedMarkup(page: Page) {
  const injected = await page.evaluate(() => {
    const found: string[] = [];
    // Next's own flight data (self.__next_f.push) carries page text as JSON strings: data, not code.
    for (const script of document.querySelectorAll("script"))
      if (script.textContent?.includes("alert(") && !script.textContent.startsWith("self.__next_f.push("))
        found.push(`script: ${script.textContent.slice(0, 60)}`);
    for (const element of document.querySelectorAll("[onerror], [onload], img[src='x']"))
      found.push(element.outerHTML.slice(0, 80));
    for (const link of document.querySelectorAll("a[href]"))
      if (/^\s*javascript:/i.test(link.getAttribute("href") ?? "")) found.push(link.outerHTML.slice(0, 80));
    return found;
  });
  expect(injected, `injected markup on ${page.url()}`).toEqual([]);
}

async function visit(page: Page, path: string, shows: string[]) {
  await page.goto(path);
  for (const text of shows) await expect(page.getByText(text).first(), `"${text}" on ${path}`).toBeVisible(SLOW);
  await expectNoInjectedMarkup(page);
}

async function open(browser: import("@playwright/test").Browser, role: "REVIEWER" | "EDITOR" | "ADMIN") {
  return watch(await browser.newContext({ storageState: storageStateFor(role) })).newPage();
}

let csvArticlePath = "";
let eventPath = "";

test("hostile text imported from a CSV shows as text in the preview and on every page after saving", async ({
  browser,
}) => {
  const page = await open(browser, "REVIEWER");
  await page.goto("/import");
  await page.getByRole("tab", { name: "Upload file" }).click();
  await page.getByLabel("File").setInputFiles({ name: "hostile.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByTestId("row-errors")).toContainText("Use a full http(s) address", SLOW);
  await expect(page.getByRole("table", { name: "Rows to import" })).toContainText(csvTitle);
  await expectNoInjectedMarkup(page);

  const outlets = page.getByRole("form", { name: "New outlets" });
  for (const choice of await outlets.getByRole("combobox").all()) await choice.selectOption("new");
  if (await outlets.count()) await outlets.getByRole("button", { name: "Apply these choices" }).click();
  await expect(outlets).toHaveCount(0, SLOW);
  const confirm = page.getByRole("form", { name: "Confirm import" });
  await confirm.getByLabel("New event title").fill(eventTitle);
  await confirm.getByRole("button", { name: /Save 2 new articles/ }).click();
  const eventLink = page.getByTestId("import-outcome").getByRole("link", { name: eventTitle });
  await expect(eventLink).toBeVisible(SLOW);
  eventPath = (await eventLink.getAttribute("href"))!;

  await visit(page, `/articles?q=${encodeURIComponent(`Harbour levy ${stamp}`)}`, [csvTitle]);
  await page.getByRole("link", { name: csvTitle }).first().click();
  await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/, SLOW);
  csvArticlePath = new URL(page.url()).pathname;
  await visit(page, csvArticlePath, [csvTitle, csvAuthor, `${SCRIPT} followed the vote`, ENCODED]);
  await visit(page, eventPath, [eventTitle, secondTitle]);
  await visit(page, "/events", [eventTitle]);

  await page.goto(csvArticlePath.replace("/articles/", "/tagging/"));
  const pickUp = page.getByRole("button", { name: "Pick up this article" });
  await expect(pickUp.or(page.getByTestId("tagged-text"))).toBeVisible(SLOW);
  if (await pickUp.isVisible()) await pickUp.click();
  await expect(page.getByTestId("tagged-text")).toContainText(`${IMG} and ${SVG}`, SLOW);
  await expectNoInjectedMarkup(page);
  await visit(page, "/tagging", [csvTitle]);
  expect(problems).toEqual([]);
});

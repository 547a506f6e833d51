import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { publishSharedReport } from "./access-matrix/route-ids.ts";
import { storageStateFor } from "./roles.ts";
import { openWorkspace, pageSignedInAs, tagPassage } from "./tagging-helpers.ts";

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
  // The same domain: two new outlets of one site are both created (the domain is stored with neither).
  [secondOutlet, `https://xss.example/${stamp}/2`, secondTitle, JS_URL, "2026-03-13", body],
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

async function open(browser: Browser, role: "REVIEWER" | "EDITOR" | "ADMIN") {
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
  await expect(outlets.getByTestId("shared-domain").first()).toContainText(
    `xss.example is also given for “${secondOutlet}”`,
  );
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

// Selection snaps to whole words, so the passage starts and ends with words and carries the payloads inside.
const PASSAGE = `wrote ${IMG} and`;

/** Tags the payload passage as the page's reviewer and submits the article. */
async function tagAndSubmit(page: Page) {
  await openWorkspace(page, csvTitle);
  await tagPassage(page, PASSAGE, "Economic");
  await page.getByRole("button", { name: "Submit article…" }).click();
  await page.getByRole("button", { name: "Yes, submit" }).click();
  await expect(page.getByText("Submitted: your tags are final.")).toBeVisible(SLOW);
}

test("the tagged payload shows as text on the comparison, agreement, adjudication, reports and outlet pages", async ({
  browser,
}) => {
  expect(csvArticlePath, "the import test ran first").not.toBe("");
  const articleId = csvArticlePath.split("/").pop()!;
  const eventId = eventPath.split("/").pop()!;
  await tagAndSubmit(await open(browser, "REVIEWER"));
  const rosa = await pageSignedInAs(browser, "reviewer2@framewise.example");
  watch(rosa.context());
  await tagAndSubmit(rosa);

  const editor = await open(browser, "EDITOR");
  await visit(editor, `${eventPath}/compare?p.kind=FRAME&p.code=frame.economic&p.section=frames#passages`, []);
  const passages = editor.getByRole("region", { name: /^Passages framed as / });
  await expect(passages).toContainText(PASSAGE, SLOW);
  await expect(passages).toContainText(csvOutlet);
  await visit(editor, `${eventPath}/agreement`, [eventTitle]);
  await visit(editor, `/adjudication/${articleId}`, [csvTitle]);
  await expect(editor.getByRole("region", { name: "Article text" })).toContainText(`${SCRIPT} followed the vote`);
  await expect(editor.getByRole("list", { name: "Units" })).toContainText(PASSAGE, SLOW);

  const draftTitle = `${SCRIPT} Levy report ${stamp}`;
  await editor.goto(`/reports/new?event=${eventId}`);
  await editor.getByLabel("Title").fill(draftTitle);
  await editor.getByRole("button", { name: "Create draft" }).click();
  await expect(editor.getByRole("heading", { name: `Draft: ${draftTitle}` })).toBeVisible(SLOW);
  await visit(editor, new URL(editor.url()).pathname, [draftTitle, csvOutlet]);
  const shared = await publishSharedReport(editor, eventId, `${IMG} Shared levy report ${stamp}`);
  const stranger = watch(await browser.newContext({ storageState: { cookies: [], origins: [] } }));
  await visit(await stranger.newPage(), shared.link, [`${IMG} Shared levy report ${stamp}`, csvOutlet]);

  const admin = await open(browser, "ADMIN");
  await visit(admin, "/admin", [csvOutlet, secondOutlet]);
  const outletIdOf = async (name: string) =>
    (await admin.getByRole("link", { name, exact: true }).getAttribute("href"))!.split("/").pop()!;
  const [gazette, ledger] = [await outletIdOf(csvOutlet), await outletIdOf(secondOutlet)];
  await visit(admin, `/admin/outlets/${gazette}?mergeInto=${ledger}`, [csvOutlet, secondOutlet]);
  const details = admin.getByRole("form", { name: "Outlet details" });
  await expect(details.getByRole("textbox", { name: "Name", exact: true })).toHaveValue(csvOutlet);
  await visit(admin, `/outlets/${gazette}`, [csvOutlet]);
  expect(problems).toEqual([]);
});

import { expect, test, type Browser, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { DEMO_ARTICLES, DEMO_EVENT, DEMO_OUTLETS } from "../prisma/seed/demo-data.ts";
import { storageStateFor } from "./roles.ts";

// Rows go to demo outlets (matched by their domains), so an import never stops to ask about new outlets.
interface Row {
  domain: string;
  title: string;
  published: string;
  body: string;
}

// Most tests import coverage through the Import page first, and pages stream in behind their loading
// skeleton: on a busy two-core machine both take a while.
test.describe.configure({ timeout: 120_000 });
const PAGE_LOAD = { timeout: 15_000 };
const stamp = () => `${Date.now()}${Math.floor(Math.random() * 1000)}`;
/** A search word no other test's text contains: letters only, so Postgres keeps it as one word. */
const uniqueWord = (seed: string) => `zq${seed.replace(/\d/g, (digit) => "abcdefghij"[Number(digit)])}`;
const csvField = (value: string) => `"${value.replaceAll('"', '""')}"`;

/** Imports rows through the Import page into a new event and returns that event's page address. */
async function importIntoNewEvent(page: Page, eventTitle: string, rows: Row[]): Promise<string> {
  const lines = rows.map((row, i) =>
    [`https://${row.domain}/${stamp()}/${i}`, row.title, row.published, row.body].map(csvField).join(","),
  );
  await page.goto("/import");
  await page.getByRole("tab", { name: "Upload file" }).click();
  await page.getByLabel("File").setInputFiles({
    name: "coverage.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(["url,title,published_at,body", ...lines].join("\n")),
  });
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByTestId("preview-summary")).toContainText(`${rows.length} new`);
  const confirm = page.getByRole("form", { name: "Confirm import" });
  await confirm.getByLabel("New event title").fill(eventTitle);
  await confirm.getByRole("button", { name: /Save \d+ new article/ }).click();
  await expect(page.getByTestId("import-outcome")).toContainText("saved");
  await page.goto("/events");
  await page.getByRole("link", { name: eventTitle, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: eventTitle })).toBeVisible(PAGE_LOAD);
  return new URL(page.url()).pathname;
}

function storyRows(count: number, word: string): Row[] {
  return Array.from({ length: count }, (_, i) => ({
    domain: "harborwire.example",
    title: `Berth ${i} repair schedule`,
    published: `2026-05-${String(1 + (i % 28)).padStart(2, "0")}`,
    body: `Berth ${i} of the ${i % 2 ? "north" : "south"} quay closes for repairs ${word} after inspection ${i * 7}.`,
  }));
}

async function asRole(browser: Browser, role: "REVIEWER" | "EDITOR"): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateFor(role) });
  return context.newPage();
}

test.describe("reading as a reviewer", () => {
  test.use({ storageState: storageStateFor("REVIEWER") });

  test("opens the demo event from the events list, then one of its articles", async ({ page }) => {
    const article = DEMO_ARTICLES[0];
    await page.goto("/events");
    await page.getByRole("link", { name: DEMO_EVENT.title }).click();
    await expect(page.getByRole("heading", { level: 1, name: DEMO_EVENT.title })).toBeVisible(PAGE_LOAD);
    await expect(page.getByRole("img", { name: /Stacked bar chart of articles per day per outlet/ })).toBeVisible();
    for (const outlet of DEMO_OUTLETS)
      await expect(page.getByRole("heading", { level: 3, name: new RegExp(outlet.name) })).toBeVisible();
    await expect(page.getByText("Edit description")).toHaveCount(0);

    await page.getByRole("link", { name: article.title }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: article.title })).toBeVisible(PAGE_LOAD);
    await expect(page.getByTestId("article-text").locator("p").first()).toHaveText(article.body.split("\n\n")[0]);
    await expect(page.getByRole("link", { name: /harborwire\.example/ })).toHaveAttribute(
      "rel",
      "noopener noreferrer nofollow",
    );
    await expect(page.getByRole("region", { name: "Where it came from" })).toContainText("SourceDemo dataset");
    await page.getByRole("link", { name: DEMO_EVENT.title }).click();
    await expect(page).toHaveURL(/\/events\/[0-9a-f-]{36}$/);
  });

  test("answers 404 for an unknown or malformed article or event id", async ({ page }) => {
    for (const path of ["/articles/not-an-id", `/articles/${randomUUID()}`, "/events/42", `/events/${randomUUID()}`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });

  test("searches the articles list and opens a match", async ({ page }) => {
    await page.goto("/articles");
    await page.getByRole("searchbox", { name: "Search titles and text" }).fill("styrene evacuation");
    await page.getByRole("button", { name: "Show articles" }).click();

    await expect(page).toHaveURL(/q=styrene\+evacuation/);
    await expect(page.getByTestId("results-summary")).toContainText(/\d+ articles? match/);
    const table = page.getByRole("table", { name: "Articles" });
    await expect(table.locator("mark").first()).toHaveText(/styrene|evacuat/i);
    await table.getByRole("link").first().click();
    await expect(page.getByTestId("article-text")).toContainText(/styrene/);
  });

  test("pages through more than a hundred articles, keeping the filters", async ({ page }) => {
    const word = uniqueWord(stamp());
    const eventTitle = `Quay repairs ${word}`;
    const eventPath = await importIntoNewEvent(page, eventTitle, storyRows(130, word));
    const eventId = eventPath.split("/").pop()!;

    await page.goto("/articles");
    await page.getByLabel("Event").selectOption({ label: eventTitle });
    await page.getByLabel("Sort by").selectOption("imported");
    await page.getByRole("button", { name: "Show articles" }).click();
    const summary = page.getByTestId("results-summary");
    const rows = page.getByRole("table", { name: "Articles" }).locator("tbody tr");
    await expect(summary).toHaveText("130 articles match, newest imported first · Page 1 of 2");
    await expect(rows).toHaveCount(100);

    await page.getByRole("link", { name: "Next →" }).click();
    await expect(summary).toHaveText("130 articles match, newest imported first · Page 2 of 2");
    await expect(rows).toHaveCount(30);
    await expect(page).toHaveURL(new RegExp(`event=${eventId}.*sort=imported.*page=2`));
    await page.getByRole("link", { name: "← Previous" }).click();
    await expect(summary).toContainText("Page 1 of 2");

    await page.getByRole("searchbox", { name: "Search titles and text" }).fill(`${word} "inspection 77"`);
    await page.getByRole("button", { name: "Show articles" }).click();
    await expect(summary).toHaveText("1 article matches, newest imported first · Page 1 of 1");
    await expect(rows.first()).toContainText("Berth 11 repair schedule");
  });

  test("moves ticked articles to another event, and both events show it", async ({ page }) => {
    const word = uniqueWord(stamp());
    const targetTitle = `Quay inquiry ${word}`;
    await importIntoNewEvent(page, targetTitle, storyRows(1, `${word} inquiry`));
    const sourcePath = await importIntoNewEvent(page, `Quay closures ${word}`, storyRows(3, word));

    const moved = "Berth 1 repair schedule";
    await page.getByRole("checkbox", { name: `Select “${moved}”` }).check();
    await page.getByLabel("Move the ticked articles to").selectOption({ label: targetTitle });
    await page.getByRole("button", { name: "Move 1 article" }).click();

    await expect(page.getByTestId("move-outcome")).toHaveText(`Moved 1 article to ${targetTitle}.`);
    await expect(page.getByRole("link", { name: moved })).toHaveCount(0);
    await expect(page).toHaveURL(new RegExp(`${sourcePath}$`));
    await page.getByTestId("move-outcome").getByRole("link", { name: targetTitle }).click();
    await expect(page.getByRole("heading", { level: 1, name: targetTitle })).toBeVisible(PAGE_LOAD);
    await expect(page.getByRole("link", { name: moved })).toBeVisible();
  });

  test("counting a syndicated copy once says the same in the summary, the table and its totals", async ({ page }) => {
    const word = uniqueWord(stamp());
    const story = Array.from({ length: 12 }, (_, i) => `Sentence ${i} of the ${word} wire story on the quay.`).join(
      " ",
    );
    const eventTitle = `Wire rerun ${word}`;
    await importIntoNewEvent(page, eventTitle, [
      { domain: "harborwire.example", title: "Quay story", published: "2026-06-01", body: story },
      { domain: "tideline.example", title: "Quay story, rerun", published: "2026-06-02", body: story },
    ]);

    await page.goto("/events?copies=once");
    const card = page.getByRole("article", { name: eventTitle });
    await expect(card).toContainText("2 outlets ran 2 articles: 1 counted, 1 syndicated copy not counted");
    const table = card.getByRole("table", { name: `Articles per outlet for ${eventTitle}` });
    await expect(table.getByRole("columnheader")).toHaveText(["Outlet", "Articles counted", "Copies not counted"]);
    await expect(table.getByRole("row", { name: /Tideline/ })).toHaveText(/Tideline\s*0\s*1/);
    await expect(table.getByRole("row", { name: /Total/ })).toHaveText(/Total\s*1\s*1/);

    await page.goto("/events");
    await expect(card).toContainText("2 outlets ran 2 articles, 1 syndicated copy among them");
    await expect(table.getByRole("row", { name: /Total/ })).toHaveText(/Total\s*2\s*1/);
  });
});

test("an editor edits an event's description, and a rejected edit keeps the typed text", async ({ browser }) => {
  const word = uniqueWord(stamp());
  const reviewer = await asRole(browser, "REVIEWER");
  const eventPath = await importIntoNewEvent(reviewer, `Quay strike ${word}`, storyRows(1, word));
  await expect(reviewer.getByText("Add a description")).toHaveCount(0);

  const editor = await asRole(browser, "EDITOR");
  await editor.goto(eventPath);
  await editor.getByText("Add a description").click();
  const form = editor.getByRole("form", { name: "Event description" });
  await form.getByLabel("Description").fill(`Dock workers walk out.\n\nTalks resume on ${word}.`);
  await form.getByRole("button", { name: "Save description" }).click();
  const about = editor.getByRole("region", { name: "About this event" });
  await expect(about.locator("p").first()).toHaveText(`Dock workers walk out.\n\nTalks resume on ${word}.`);
  await expect(form).toBeHidden();

  await editor.reload();
  await editor.getByText("Edit description").click();
  const tooLong = `${word} `.repeat(700);
  await form.getByLabel("Description").evaluate((field) => field.removeAttribute("maxlength"));
  await form.getByLabel("Description").fill(tooLong);
  await form.getByRole("button", { name: "Save description" }).click();
  await expect(form).toContainText("Keep the description under 5000 characters.");
  await expect(form.getByLabel("Description")).toHaveValue(tooLong);
  await expect(about.locator("p").first()).toContainText("Dock workers walk out.");
});

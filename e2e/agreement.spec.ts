import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_EVENT } from "../prisma/seed/demo-data.ts";
import { storageStateFor } from "./roles.ts";

// The agreement tables stream in after the page's header; other specs import and tag meanwhile.
test.describe.configure({ timeout: 120_000 });
const PAGE_LOAD = { timeout: 30_000 };
const COEFFICIENT = /^−?\d\.\d{3}$/;
const COUNT = /^\d+$/;
const MARK = /Reliable|Tentative|Unreliable|Not computable/;

async function openAgreement(page: Page, eventTitle: string) {
  await page.goto("/events");
  await page.getByRole("link", { name: eventTitle, exact: true }).click();
  await page.getByRole("link", { name: "Reviewer agreement" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reviewer agreement" })).toBeVisible(PAGE_LOAD);
}

const cells = (row: Locator) => row.getByRole("cell");

test.describe("as an editor", () => {
  test.use({ storageState: storageStateFor("EDITOR") });

  test("reads the demo event's agreement: each table with its values, n and reliability marks", async ({ page }) => {
    await openAgreement(page, DEMO_EVENT.title);
    // Other specs may submit more demo articles meanwhile, so counts are checked for shape, not value.
    await expect(page.getByTestId("agreement-basis")).toContainText(
      /Based on \d+ articles submitted by at least two reviewers/,
      PAGE_LOAD,
    );

    // Span agreement: the attribution category with its counts, both F1s and a marked unitizing alpha.
    const attribution = page
      .getByRole("table", { name: "Span agreement: Attribution" })
      .getByRole("row", { name: /^Attribution/ });
    // Columns after the category: Articles, Tags, Matched pairs, Unmatched tags, F1 ≥ 0.5, F1 exact, Unitizing α.
    for (const column of [0, 1, 2, 3]) await expect(cells(attribution).nth(column)).toHaveText(COUNT);
    await expect(cells(attribution).nth(4)).toHaveText(COEFFICIENT);
    await expect(cells(attribution).nth(5)).toHaveText(COEFFICIENT);
    await expect(cells(attribution).nth(6)).toContainText(MARK);
    // The demo reviewers tagged frames and loaded language too, each kind with its total row.
    await expect(
      page.getByRole("table", { name: "Span agreement: Frames" }).getByRole("row", { name: /^All frames/ }),
    ).toBeVisible();
    await expect(page.getByRole("table", { name: "Span agreement: Loaded language" })).toBeVisible();

    // Attributes on matched tags: the verb class, with matched pairs (n units) and values (n).
    const verbClass = page
      .getByRole("table", { name: "Attribute agreement on matched tags" })
      .getByRole("row", { name: /^Attribution: Verb class/ });
    await expect(cells(verbClass).nth(0)).toHaveText(COUNT);
    await expect(cells(verbClass).nth(1)).toHaveText(COUNT);
    await expect(cells(verbClass).nth(3)).toContainText(MARK);

    // Article-level fields: primary frame over articles, tone over article × actor.
    const fields = page.getByRole("table", { name: "Article-level fields" });
    for (const name of [/^Primary frame/, /^Headline frame/, /^Tone, all actors/]) {
      const row = fields.getByRole("row", { name });
      await expect(cells(row).nth(0)).toHaveText(COUNT);
      await expect(cells(row).nth(3)).toContainText(MARK);
    }

    // Reviewer pairs: who disagrees with whom.
    const pair = page
      .getByRole("table", { name: "Agreement per reviewer pair" })
      .getByRole("row", { name: /Ravi Reviewer and Rosa Reviewer/ });
    await expect(cells(pair).nth(0)).toHaveText(COUNT);
    await expect(cells(pair).nth(5)).toHaveText(COEFFICIENT);

    // The method's details open from the keyboard.
    await page.getByText("The method in detail").focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText(/Unitizing α \(Krippendorff 2004\) compares/)).toBeVisible();
  });
});

test.describe("as an admin", () => {
  test.use({ storageState: storageStateFor("ADMIN") });

  test("an event nobody has reviewed twice says what to do first", async ({ page }) => {
    const title = `Harbour crane inspection ${Date.now()}${Math.floor(Math.random() * 1000)}`;
    await page.goto("/import");
    await page.getByRole("tab", { name: "Upload file" }).click();
    await page.getByLabel("File").setInputFiles({
      name: "coverage.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        [
          "url,title,published_at,body",
          `https://harborwire.example/${Date.now()}/crane,"Crane inspection due",2026-05-02,"The harbour crane is inspected ${title}."`,
        ].join("\n"),
      ),
    });
    await page.getByRole("button", { name: "Preview import" }).click();
    const confirm = page.getByRole("form", { name: "Confirm import" });
    await confirm.getByLabel("New event title").fill(title);
    await confirm.getByRole("button", { name: /Save \d+ new article/ }).click();
    await expect(page.getByTestId("import-outcome")).toContainText("saved");

    await openAgreement(page, title);
    const empty = page.getByTestId("empty-state");
    await expect(empty.getByRole("heading", { name: "No article has two submitted reviews yet" })).toBeVisible(
      PAGE_LOAD,
    );
    await empty.getByRole("link", { name: "event page" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible(PAGE_LOAD);
  });
});

test.describe("as a reviewer", () => {
  test.use({ storageState: storageStateFor("REVIEWER") });

  test("is refused with 403, and the event page offers no link", async ({ page }) => {
    await page.goto("/events");
    await page.getByRole("link", { name: DEMO_EVENT.title, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: DEMO_EVENT.title })).toBeVisible(PAGE_LOAD);
    await expect(page.getByRole("link", { name: "Reviewer agreement" })).toHaveCount(0);

    const response = await page.goto(`${new URL(page.url()).pathname}/agreement`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  });
});

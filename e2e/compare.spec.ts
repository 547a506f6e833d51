import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./roles.ts";

// The demo event arrives tagged by both demo reviewers and partly adjudicated. Other specs tag, submit and adjudicate
// demo articles at the same time, so these tests check what each chart shows, not exact counts.
const DEMO_EVENT = "Meridian Polymers plant fire and evacuation in Port Calder";
const PAGE_LOAD = { timeout: 30_000 };

test.describe.configure({ timeout: 120_000 });

async function openComparison(page: Page) {
  await page.goto("/compare");
  await page.getByTestId("compare-events").getByRole("link", { name: DEMO_EVENT }).click();
  await expect(page.getByRole("heading", { name: "Compare outlets", level: 1 })).toBeVisible(PAGE_LOAD);
}

const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

test.describe("as an editor", () => {
  test.use({ storageState: storageStateFor("EDITOR") });

  test("the demo event's comparison shows every chart with data and its n", async ({ page }) => {
    await openComparison(page);
    await expect(page.getByTestId("gold-use")).toContainText(/Uses gold for \d+ of \d+ counted articles/);

    const voices = section(page, "Who gets a voice");
    await expect(voices.getByTestId("voices-n")).toContainText(
      /tags from \d+ of \d+ articles \(gold for \d+/,
      PAGE_LOAD,
    );
    await expect(voices.getByRole("figure", { name: /Voices by actor/ })).toBeVisible();
    await expect(voices.getByRole("link", { name: /^Harbor Wire, .*Show the passages\.$/ }).first()).toBeVisible();
    await expect(voices.getByRole("figure", { name: /Anonymous sources/ })).toBeVisible();
    await expect(voices.getByTestId("top-speakers")).toContainText("Mayor Dana Whitcombe");
    await expect(voices.getByTestId("evaluative-verbs")).toContainText("evaluative");

    const naming = section(page, "How each outlet names each actor");
    await expect(naming.getByTestId("naming-table")).toContainText("loaded", PAGE_LOAD);

    const claims = section(page, "Claims across outlets");
    await expect(claims.getByTestId("claims-table").locator('td[data-status="carried"]').first()).toBeVisible(
      PAGE_LOAD,
    );
    await expect(claims.getByTestId("claims-table").locator('td[data-status="omitted"]').first()).toContainText(
      "Omitted",
    );

    const frames = section(page, "Frames");
    await expect(frames.getByRole("figure", { name: /Frame mix of passages/ })).toBeVisible(PAGE_LOAD);
    await expect(frames.getByRole("figure", { name: /Primary frame of articles/ })).toBeVisible();

    // The table view shows the same numbers.
    await voices
      .getByRole("group", { name: /Voices by actor.*show as/ })
      .getByRole("button", { name: "Table" })
      .click();
    await expect(voices.getByRole("table").first()).toContainText("Harbor Wire");
  });

  test("clicking a bar opens its passages outlet by outlet; a keyboard opens another", async ({ page }) => {
    await openComparison(page);
    const voices = section(page, "Who gets a voice");
    const bar = voices.getByRole("link", { name: /^Harbor Wire, Meridian Polymers: .*Show the passages\.$/ });
    await bar.click(PAGE_LOAD);

    await expect(page).toHaveURL(/p\.kind=ATTRIBUTION/, PAGE_LOAD);
    const passages = page.getByRole("region", { name: "Attributions for Meridian Polymers" });
    await expect(passages).toBeVisible(PAGE_LOAD);
    const columns = passages.getByTestId("passage-column");
    await expect(columns.first()).toContainText("Harbor Wire");
    await expect(columns.first().locator("mark").first()).not.toBeEmpty();
    await expect(columns.first().getByRole("link").first()).toHaveAttribute("href", /^\/articles\//);
    expect(await columns.count()).toBeGreaterThan(1);

    const frame = section(page, "Frames")
      .getByRole("link", { name: /^Tideline, .*Show the passages\.$/ })
      .first();
    await frame.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/p\.kind=FRAME/, PAGE_LOAD);
    await expect(page.getByRole("region", { name: /^Passages framed as / })).toBeVisible(PAGE_LOAD);
    await expect(page.getByRole("heading", { name: /^Passages framed as / })).toBeFocused();
  });

  test("changing a filter changes the URL and the charts", async ({ page }) => {
    await openComparison(page);
    const voices = section(page, "Who gets a voice");
    await expect(voices.getByRole("link", { name: /^The Daily Flash, / }).first()).toBeVisible(PAGE_LOAD);

    await page.getByText("Filters", { exact: true }).click();
    const form = page.getByRole("form", { name: "Comparison filters" });
    await form.getByRole("checkbox", { name: /The Daily Flash/ }).uncheck();
    await form.getByLabel("Tags counted").selectOption("reviewers");
    await form.getByRole("button", { name: "Apply filters" }).click();

    await expect(page).toHaveURL(/outlets=.*basis=reviewers/, PAGE_LOAD);
    await expect(page.getByTestId("filter-summary")).toContainText("5 of 6 outlets");
    await expect(voices.getByTestId("voices-n")).toContainText("reviewers' tags averaged, gold ignored", PAGE_LOAD);
    await expect(voices.getByRole("link", { name: /^Harbor Wire, / }).first()).toBeVisible();
    await expect(voices.getByRole("link", { name: /^The Daily Flash, / })).toHaveCount(0);
  });

  test("a mangled link still shows the charts, with a note of what was ignored", async ({ page }) => {
    await openComparison(page);
    const response = await page.goto(`${page.url()}?basis=everyone&from=yesterday`);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("filter-notes")).toContainText("Ignored basis=“everyone”");
    await expect(page.getByTestId("filter-notes")).toContainText("Ignored from=“yesterday”");
    await expect(section(page, "Who gets a voice").getByTestId("voices-n")).toBeVisible(PAGE_LOAD);
  });
});

test.describe("as a reviewer", () => {
  test.use({ storageState: storageStateFor("REVIEWER") });

  test("the comparison is forbidden (403)", async ({ page }) => {
    await page.goto("/events");
    await page.getByRole("link", { name: DEMO_EVENT }).first().click();
    await page.waitForURL(/\/events\/[0-9a-f-]{36}$/, PAGE_LOAD);
    await expect(page.getByRole("heading", { name: DEMO_EVENT, level: 1 })).toBeVisible(PAGE_LOAD);
    await expect(page.getByRole("link", { name: "Compare outlets" })).toHaveCount(0);
    const response = await page.goto(`${page.url()}/compare`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
  });
});

import AxeBuilder from "@axe-core/playwright";
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
    // The bars are drawn after hydration, once the chart has measured its width.
    await expect(voices.getByRole("link", { name: /^Harbor Wire, / }).first()).toBeVisible(PAGE_LOAD);
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

test.describe("part two: loaded language, tone, timeline, divergence, differences", () => {
  test.use({ storageState: storageStateFor("EDITOR") });

  test("loaded language opens its passages; tone, timeline and divergence show data with table views", async ({
    page,
  }) => {
    await openComparison(page);
    const loaded = section(page, "Loaded language");
    await expect(loaded.getByTestId("loaded-n")).toContainText(
      /loaded-language tags from \d+ of \d+ articles/,
      PAGE_LOAD,
    );
    await expect(loaded.getByRole("figure", { name: /Unfavourable wording/ })).toBeVisible();
    await expect(loaded.getByTestId("loaded-targets")).toContainText("Meridian Polymers");

    const tone = section(page, "Tone toward each actor");
    await expect(tone.getByRole("figure", { name: /Tone toward Meridian Polymers/ })).toBeVisible(PAGE_LOAD);
    await tone
      .getByRole("group", { name: /^Meridian Polymers: show as/ })
      .getByRole("button", { name: "Table" })
      .click();
    await expect(tone.getByRole("table", { name: /Tone toward Meridian Polymers/ })).toContainText("rated article");

    const timeline = section(page, "Timeline and syndication");
    await expect(timeline.getByRole("figure", { name: /Articles per (day|week|month)/ })).toBeVisible(PAGE_LOAD);

    const alike = section(page, "Which outlets covered it alike");
    await expect(alike.getByTestId("divergence-frames").locator("td a").first()).toHaveText(/^[01]\.\d\d$/, PAGE_LOAD);
    await expect(section(page, "Frames").getByTestId("differences")).toContainText("p =", PAGE_LOAD);
    await expect(section(page, "Frames").getByTestId("differences")).toContainText("Holm");

    // A dot of the loaded-language chart opens its passages, by keyboard.
    const dot = loaded.getByRole("link", {
      name: /^(Tideline|The Daily Flash|The Bayside Sentinel): .*Show the passages\.$/,
    });
    await dot.first().focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/p\.kind=LOADED_LANGUAGE.*p\.direction=unfavourable/, PAGE_LOAD);
    const passages = page.getByRole("region", { name: /^Unfavourable loaded language/ });
    await expect(passages).toBeVisible(PAGE_LOAD);
    await expect(passages.getByTestId("passage-column").first().locator("mark").first()).not.toBeEmpty();

    // A passage's article opens with the passage highlighted.
    await passages.getByTestId("passage-column").first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}\?passage=\d+-\d+#passage$/, PAGE_LOAD);
    await expect(page.getByTestId("article-text").locator("mark#passage")).not.toBeEmpty(PAGE_LOAD);
  });

  test("a tone dot lists the rated articles, and an outlet name opens its profile", async ({ page }) => {
    await openComparison(page);
    const tone = section(page, "Tone toward each actor");
    await tone
      .getByRole("link", { name: /Show the passages\.$/ })
      .first()
      .click(PAGE_LOAD);
    await expect(page).toHaveURL(/p\.kind=TONE/, PAGE_LOAD);
    await expect(page.getByRole("region", { name: /^Articles whose tone toward .* was rated$/ })).toBeVisible(
      PAGE_LOAD,
    );

    await section(page, "How each outlet names each actor")
      .getByRole("link", { name: "Harbor Wire", exact: true })
      .click(PAGE_LOAD);
    await expect(page.getByRole("heading", { name: "Harbor Wire", level: 1 })).toBeVisible(PAGE_LOAD);
  });

  test("the comparison page has no serious or critical WCAG 2.1 AA violations", async ({ page }) => {
    // Axe walks every chart's SVG of the whole page: minutes on a loaded machine.
    test.setTimeout(300_000);
    await openComparison(page);
    await expect(section(page, "Which outlets covered it alike").getByTestId("divergence-frames")).toBeVisible(
      PAGE_LOAD,
    );
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, PAGE_LOAD);
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    const failing = violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => ({
        rule: violation.id,
        where: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
      }));
    expect(failing).toEqual([]);
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

import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./roles.ts";
import { highlight, importArticle, openWorkspace, PAGE_LOAD, workspaceStatus } from "./tagging-helpers.ts";

test.describe.configure({ timeout: 120_000 });

const suggestionList = (page: Page) => page.getByTestId("suggestions");
const suggestionItem = (page: Page, text: string) =>
  suggestionList(page).getByTestId("suggestion").filter({ hasText: text });

test.describe("a reviewer", () => {
  test.use({ storageState: storageStateFor("REVIEWER") });

  // The article is imported by the test, so no other spec's tags or rejections touch it.
  test("accepts a suggestion with a key, rejects one, and the rejection stays after a reload", async ({ page }) => {
    const run = Date.now().toString(36);
    const title = `Harbour talks stall ${run}`;
    await importArticle(page, {
      title,
      event: `Harbour strike ${run}`,
      body: [
        "“We will not sign anything under this pressure,” the union spokesman said on Monday.",
        "The port authority claimed that the strike would cost millions, and officials called the walkout a cynical stunt.",
        `Dock workers gathered at gate ${run}.`,
      ].join("\n\n"),
    });
    await openWorkspace(page, title);

    const quote = suggestionItem(page, "We will not sign anything");
    await expect(quote).toContainText("cue “said”; speaker “the union spokesman”");
    const stunt = suggestionItem(page, "“stunt” is in the loaded-language lexicon");
    await expect(stunt).toContainText("Loaded term");
    await expect(page.getByTestId("tagged-text").locator('[title="Suggested: Attribution"]').first()).toBeVisible();

    await page.keyboard.press(".");
    await expect(quote).toHaveAttribute("aria-current", "true");
    await page.keyboard.press("+");
    await expect(workspaceStatus(page)).toContainText("Accepted: Attribution on ““We will not sign anything");
    await expect(highlight(page, "Attribution", "We will not sign anything")).toBeVisible();
    await expect(page.getByLabel("Speaker", { exact: true })).toHaveValue("the union spokesman");
    await expect(page.getByLabel("Reporting verb")).toHaveValue("said");
    await expect(quote).toHaveCount(0);

    // The next suggestion became current: reject it with its key.
    const claim = suggestionItem(page, "the strike would cost millions");
    await expect(claim).toHaveAttribute("aria-current", "true");
    await page.keyboard.press("-");
    await expect(workspaceStatus(page)).toContainText("Rejected “the strike would cost millions");
    await expect(claim).toHaveCount(0);

    await page.reload();
    await expect(highlight(page, "Attribution", "We will not sign anything")).toBeVisible(PAGE_LOAD);
    await expect(stunt).toBeVisible();
    await expect(claim).toHaveCount(0);
    await expect(quote).toHaveCount(0);
    const rejected = suggestionList(page).locator("details");
    await rejected.getByText("Rejected (1)").click();
    await rejected.getByRole("button", { name: "Suggest again" }).click();
    await expect(claim).toBeVisible();

    await page.getByRole("button", { name: "Hide suggestions" }).click();
    await expect(page.getByTestId("tagged-text").locator('[title^="Suggested"]')).toHaveCount(0);
    await expect(suggestionList(page).getByTestId("suggestion")).toHaveCount(0);
  });
});

test.describe("an admin", () => {
  test.use({ storageState: storageStateFor("ADMIN") });

  test("adds a lexicon term, is told a duplicate is one, and removes the term", async ({ page }) => {
    const term = `spec bluster ${Date.now().toString(36)}`;
    await page.goto("/admin");
    await page.getByRole("link", { name: "Edit the lexicon" }).click();
    await expect(page.getByRole("heading", { name: "Loaded-language lexicon" })).toBeVisible(PAGE_LOAD);

    const form = page.getByRole("form", { name: "Add a term" });
    await form.getByRole("textbox", { name: /^Term/ }).fill(term);
    await form.getByRole("combobox", { name: /^Category/ }).selectOption({ label: "Intensifier / sensational term" });
    await form.getByRole("radio", { name: /^Favourable/ }).check();
    await form.getByRole("textbox", { name: /^Note/ }).fill("seen in a spec");
    await form.getByRole("button", { name: "Add term" }).click();
    await expect(form.getByRole("status")).toContainText(`Added “${term}”`);
    await expect(form.getByRole("radio", { name: /^Depends on the target/ })).toBeChecked();
    const row = page.getByTestId("admin-terms").getByRole("row", { name: new RegExp(term) });
    await expect(row).toContainText("Intensifier / sensational term");
    await expect(row).toContainText("favourable");
    await expect(row).toContainText("seen in a spec");

    await form.getByRole("textbox", { name: /^Term/ }).fill(term.toUpperCase());
    await form.getByRole("combobox", { name: /^Category/ }).selectOption({ label: "Loaded term" });
    await form.getByRole("button", { name: "Add term" }).click();
    await expect(page.getByTestId("form-error")).toHaveText(
      `“${term}” is already in the lexicon as Intensifier / sensational term. Remove it first to change its category.`,
      PAGE_LOAD,
    );
    await form.getByRole("textbox", { name: /^Term/ }).fill("Regime");
    await form.getByRole("button", { name: "Add term" }).click();
    await expect(page.getByTestId("form-error")).toHaveText(
      "“regime” is already in the shipped lexicon as Loaded term.",
      PAGE_LOAD,
    );

    await row.getByRole("button", { name: `Remove “${term}”` }).click();
    await expect(row).toHaveCount(0, PAGE_LOAD);
  });
});

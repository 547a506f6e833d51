import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./roles.ts";

test.use({ storageState: storageStateFor("REVIEWER") });
// The first visit compiles nothing (a production build), but a busy two-core machine still takes a while.
test.describe.configure({ timeout: 120_000 });
const PAGE_LOAD = { timeout: 15_000 };

// Each test tags its own demo article, so the two can run side by side.
// Found by search: other specs import enough articles to push the demo ones off the list's first page.
async function openWorkspace(page: Page, articleTitle: string) {
  await page.goto(`/articles?q=${encodeURIComponent(articleTitle)}`);
  await page.getByRole("link", { name: articleTitle }).first().click();
  await page.waitForURL(/\/articles\/[0-9a-f-]{36}$/, PAGE_LOAD);
  await page.goto(page.url().replace("/articles/", "/tagging/"));
  const pickUp = page.getByRole("button", { name: "Pick up this article" });
  await expect(pickUp.or(page.getByTestId("tagged-text"))).toBeVisible(PAGE_LOAD);
  if (await pickUp.isVisible()) await pickUp.click();
  await expect(page.getByTestId("tagged-text")).toBeVisible(PAGE_LOAD);
}

/** The key a category's palette button shows, as Playwright presses it. */
async function keyOf(page: Page, categoryLabel: string): Promise<string> {
  const palette = page.getByRole("region", { name: "Categories" });
  const key = await palette
    .getByRole("button", { name: new RegExp(`${categoryLabel}$`) })
    .locator("kbd")
    .innerText();
  return key.startsWith("⇧") ? `Shift+${key.slice(1)}` : key.toLowerCase();
}

/** Selects characters of the text as a mouse drag would, then lets go of the button. */
async function selectWithMouse(page: Page, text: string) {
  await page.getByTestId("tagged-text").evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      // A sloppy drag: from inside the first word to inside the last; snapping widens it to whole words.
      range.setStart(node, at + 1);
      range.setEnd(node, at + wanted.length - 1);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return;
    }
    throw new Error(`"${wanted}" is not in the text`);
  }, text);
}

const tagList = (page: Page) => page.getByRole("region", { name: /^Tags/ });
const highlight = (page: Page, label: string, text: string) =>
  page.getByTestId("tagged-text").locator(`[title="${label}"]`, { hasText: text });

test("a reviewer tags a passage with the mouse and a key; it persists, and undo removes it", async ({ page }) => {
  await openWorkspace(page, "Meridian fire idles 380 jobs");
  await selectWithMouse(page, "Gregory Lindqvist");
  await expect(page.getByTestId("selection-summary")).toContainText("Selected: Gregory Lindqvist —");
  await page.keyboard.press(await keyOf(page, "Economic"));
  await expect(page.getByRole("status")).toContainText("Tagged “Gregory Lindqvist” as Economic.");
  await expect(highlight(page, "Economic", "Gregory Lindqvist")).toBeVisible();

  await page.reload();
  await expect(highlight(page, "Economic", "Gregory Lindqvist")).toBeVisible(PAGE_LOAD);
  await expect(tagList(page).getByRole("button", { name: /Economic.*Gregory Lindqvist/ })).toBeVisible();

  await selectWithMouse(page, "Janet Okafor");
  await page.keyboard.press(await keyOf(page, "Morality"));
  await expect(page.getByRole("status")).toContainText("Tagged “Janet Okafor” as Morality.");
  await page.keyboard.press("Control+z");
  await expect(highlight(page, "Morality", "Janet Okafor")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Redo" })).toBeEnabled();
  await page.reload();
  await expect(highlight(page, "Economic", "Gregory Lindqvist")).toBeVisible(PAGE_LOAD);
  await expect(highlight(page, "Morality", "Janet Okafor")).toHaveCount(0);
});

test("a reviewer tags with the keyboard only", async ({ page }) => {
  await openWorkspace(page, "INFERNO HELL");
  await page.getByTestId("tagged-text").focus();
  // "A terrified mother…": past "A", then the selection grows by two words.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  await expect(page.getByTestId("selection-summary")).toContainText("Selected: terrified mother —");
  await page.keyboard.press(await keyOf(page, "Intensifier / sensational term"));
  await expect(page.getByRole("status")).toContainText("Tagged “terrified mother” as Intensifier / sensational term.");
  await expect(page.getByRole("region", { name: "Intensifier / sensational term Loaded language" })).toBeVisible();
  await page.reload();
  await expect(highlight(page, "Intensifier / sensational term", "terrified mother")).toBeVisible(PAGE_LOAD);
});

import { expect, type Browser, type Page } from "@playwright/test";
import { logIn } from "./login.ts";
import { PASSWORD } from "./roles.ts";

// The first visit compiles nothing (a production build), but a busy two-core machine still takes a while.
export const PAGE_LOAD = { timeout: 15_000 };

/** A browser page signed in as a demo user that has no stored sign-in (the second reviewer, say). */
export async function pageSignedInAs(browser: Browser, email: string): Promise<Page> {
  // Contexts made in a test inherit its options, the stored sign-in included: start this one signed out.
  const page = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await page.goto("/login");
  await logIn(page, email, PASSWORD);
  await page.waitForURL("**/events", PAGE_LOAD);
  return page;
}

/**
 * Imports one pasted article into a new event and returns the event page's path. Title and body carry the
 * run's mark, so a rerun against the same database is not refused as a duplicate.
 */
export async function importArticle(page: Page, article: { title: string; body: string; event: string }) {
  await page.goto("/import");
  await page.getByLabel("Article text").fill(`${article.title}\nBy Spec Writer // 2026-11-20\n\n${article.body}`);
  await page.getByRole("button", { name: "Preview import" }).click();
  const details = page.getByRole("form", { name: "Recognized details" });
  await expect(details.getByLabel("Title")).toHaveValue(article.title, PAGE_LOAD);
  const outlet = `Spec Gazette ${article.event}`;
  await details.getByRole("combobox").fill(outlet);
  await page.getByRole("option", { name: `Create a new outlet “${outlet}”` }).click();
  await details.getByRole("button", { name: "Update details" }).click();
  // The preview is drawn again with the outlet; typing into the confirm form before that would be lost.
  await expect(page.getByRole("table", { name: "Rows to import" })).toContainText(outlet, PAGE_LOAD);
  const confirm = page.getByRole("form", { name: "Confirm import" });
  await confirm.getByLabel("New event title").fill(article.event);
  await confirm.getByRole("button", { name: /Save 1 new article/ }).click();
  const eventLink = page.getByTestId("import-outcome").getByRole("link", { name: article.event });
  await expect(eventLink).toBeVisible(PAGE_LOAD);
  return (await eventLink.getAttribute("href"))!;
}

/** The article's tagging workspace, found by search; picks the article up when it is not in the queue yet. */
export async function openWorkspace(page: Page, articleTitle: string) {
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
export async function keyOf(page: Page, categoryLabel: string): Promise<string> {
  const palette = page.getByRole("region", { name: "Categories" });
  const key = await palette
    .getByRole("button", { name: new RegExp(`${categoryLabel}$`) })
    .locator("kbd")
    .innerText();
  return key.startsWith("⇧") ? `Shift+${key.slice(1)}` : key.toLowerCase();
}

/** Selects characters of the text as a mouse drag would, then lets go of the button. */
export async function selectWithMouse(page: Page, text: string) {
  await page.getByTestId("tagged-text").evaluate((root, wanted) => {
    // Tags and suggestions split the text into many nodes: search their joined text, then map offsets back.
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; start: number }[] = [];
    let joined = "";
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      nodes.push({ node, start: joined.length });
      joined += node.data;
    }
    const at = joined.indexOf(wanted);
    if (at >= 0) {
      const locate = (offset: number) => {
        const owner = nodes.findLast((entry) => entry.start <= offset)!;
        return [owner.node, offset - owner.start] as const;
      };
      const range = document.createRange();
      // A sloppy drag: from inside the first word to inside the last; snapping widens it to whole words.
      range.setStart(...locate(at + 1));
      range.setEnd(...locate(at + wanted.length - 1));
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return;
    }
    throw new Error(`"${wanted}" is not in the text`);
  }, text);
}

/** Tags a passage with a category by its key, and waits until the workspace says it is saved. */
export async function tagPassage(page: Page, text: string, categoryLabel: string) {
  await selectWithMouse(page, text);
  await page.keyboard.press(await keyOf(page, categoryLabel));
  await expect(workspaceStatus(page)).toContainText(`Tagged “${text}” as ${categoryLabel}.`);
}

/** What the workspace last said (the article form has a status of its own). */
export const workspaceStatus = (page: Page) => page.getByTestId("workspace-status");
export const tagList = (page: Page) => page.getByRole("region", { name: /^Tags/ });
export const highlight = (page: Page, label: string, text: string) =>
  page.getByTestId("tagged-text").locator(`[title="${label}"]`, { hasText: text });

import { expect, test } from "@playwright/test";
import { storageStateFor } from "./roles.ts";
import {
  highlight,
  keyOf,
  openWorkspace,
  PAGE_LOAD,
  selectWithMouse,
  tagList,
  workspaceStatus,
} from "./tagging-helpers.ts";

test.use({ storageState: storageStateFor("REVIEWER") });
test.describe.configure({ timeout: 120_000 });

// Each test tags its own demo article, so the two can run side by side.
// Found by search: other specs import enough articles to push the demo ones off the list's first page.

test("a reviewer tags a passage with the mouse and a key; it persists, and undo removes it", async ({ page }) => {
  await openWorkspace(page, "Meridian fire idles 380 jobs");
  await selectWithMouse(page, "Gregory Lindqvist");
  await expect(page.getByTestId("selection-summary")).toContainText("Selected: Gregory Lindqvist —");
  await page.keyboard.press(await keyOf(page, "Economic"));
  await expect(workspaceStatus(page)).toContainText("Tagged “Gregory Lindqvist” as Economic.");
  await expect(highlight(page, "Economic", "Gregory Lindqvist")).toBeVisible();

  await page.reload();
  await expect(highlight(page, "Economic", "Gregory Lindqvist")).toBeVisible(PAGE_LOAD);
  await expect(tagList(page).getByRole("button", { name: /Economic.*Gregory Lindqvist/ })).toBeVisible();

  await selectWithMouse(page, "Janet Okafor");
  await page.keyboard.press(await keyOf(page, "Morality"));
  await expect(workspaceStatus(page)).toContainText("Tagged “Janet Okafor” as Morality.");
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
  await expect(workspaceStatus(page)).toContainText("Tagged “terrified mother” as Intensifier / sensational term.");
  await expect(page.getByRole("region", { name: "Intensifier / sensational term Loaded language" })).toBeVisible();
  await page.reload();
  await expect(highlight(page, "Intensifier / sensational term", "terrified mother")).toBeVisible(PAGE_LOAD);
});

import { expect, test } from "@playwright/test";
import { storageStateFor } from "./roles.ts";

const PAGE_LOAD = { timeout: 30_000 };

test.describe.configure({ timeout: 120_000 });

test.describe("outlet profile", () => {
  test.use({ storageState: storageStateFor("EDITOR") });

  test("opens from /compare and shows the outlet's habits against the others, with a table view", async ({ page }) => {
    await page.goto("/compare");
    await page.getByTestId("outlet-profiles").getByRole("link", { name: "Tideline" }).click();
    await expect(page.getByRole("heading", { name: "Tideline", level: 1 })).toBeVisible(PAGE_LOAD);
    await expect(page.getByTestId("outlet-events")).toContainText("Meridian Polymers plant fire");
    const frames = page.getByRole("region", { name: "Frames and voices" });
    await expect(
      frames.getByRole("figure", { name: /Frames: Tideline against the other outlets' average/ }),
    ).toBeVisible();
    await frames
      .getByRole("group", { name: /^Frames: show as/ })
      .getByRole("button", { name: "Table" })
      .click();
    await expect(frames.getByTestId("paired-table").first()).toContainText("Other outlets, average");
    const loaded = page.getByRole("region", { name: "Loaded language and naming" });
    await expect(loaded).toContainText("Unfavourable wording per 1,000 words");
    await expect(loaded.getByTestId("outlet-names")).toBeVisible();
  });

  test("an unknown outlet is not found", async ({ page }) => {
    const response = await page.goto("/outlets/00000000-0000-4000-8000-000000000000");
    expect(response?.status()).toBe(404);
  });
});

test.describe("as a reviewer", () => {
  test.use({ storageState: storageStateFor("REVIEWER") });

  test("an outlet profile is forbidden (403)", async ({ page }) => {
    const response = await page.goto("/outlets/00000000-0000-4000-8000-000000000000");
    expect(response?.status()).toBe(403);
  });
});

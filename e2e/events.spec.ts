import { expect, test } from "@playwright/test";
import { ROLES } from "../lib/auth/roles.ts";
import { DEMO_EVENT, DEMO_OUTLETS } from "../prisma/seed/demo-data.ts";
import { storageStateFor } from "./roles.ts";

for (const role of ROLES) {
  test.describe(`events page as ${role}`, () => {
    test.use({ storageState: storageStateFor(role) });

    test("lists the demo event with its article count per outlet, and links to its page", async ({ page }) => {
      await page.goto("/events");
      await expect(page.getByRole("heading", { name: "Events", level: 1 })).toBeVisible();
      const table = page.getByRole("table", { name: `Articles per outlet for ${DEMO_EVENT.title}` });
      // A heading row, one row per outlet, and the totals.
      await expect(table.getByRole("row")).toHaveCount(DEMO_OUTLETS.length + 2);
      for (const outlet of DEMO_OUTLETS) {
        await expect(table.getByRole("row", { name: new RegExp(outlet.name) })).toBeVisible();
      }
      await page.getByRole("link", { name: DEMO_EVENT.title }).click();
      // The event page streams in behind its loading skeleton; other tests' imports may keep the server busy.
      await expect(page.getByRole("heading", { level: 1, name: DEMO_EVENT.title })).toBeVisible({ timeout: 30_000 });
    });
  });
}

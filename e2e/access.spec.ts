import { expect, test } from "@playwright/test";
import type { Role } from "../lib/auth/roles.ts";
import { storageStateFor } from "./roles.ts";

const PAGES = [
  "/events",
  "/articles",
  "/import",
  "/tagging",
  "/adjudication",
  "/compare",
  "/reports",
  "/admin",
] as const;

// What each role may open; everything else answers 403.
const ALLOWED: Record<Role, readonly string[]> = {
  ADMIN: PAGES,
  EDITOR: ["/events", "/articles", "/adjudication", "/compare", "/reports"],
  REVIEWER: ["/events", "/articles", "/import", "/tagging"],
};

for (const [role, allowed] of Object.entries(ALLOWED) as [Role, readonly string[]][]) {
  test.describe(`access as ${role}`, () => {
    test.use({ storageState: storageStateFor(role) });

    for (const path of PAGES) {
      const permitted = allowed.includes(path);
      test(`${path} ${permitted ? "opens" : "is forbidden (403)"}`, async ({ page }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(permitted ? 200 : 403);
        if (!permitted)
          await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
      });
    }

    test("navigation shows only the areas the role may open", async ({ page }) => {
      await page.goto("/events");
      const nav = page.getByRole("navigation", { name: "Main" });
      for (const path of PAGES) {
        await expect(nav.locator(`a[href="${path}"]`)).toHaveCount(allowed.includes(path) ? 1 : 0);
      }
    });
  });
}

import { expect, test } from "@playwright/test";
import { expectSignedInAs, logIn } from "./login.ts";
import { demoUser, PASSWORD } from "./roles.ts";

test.describe("signing in", () => {
  // Each test comes from its own address so the per-address login limit never couples them.
  test.use({ extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` } });

  test("a signed-out visitor is sent to the login page and comes back after signing in", async ({ page }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin/);
    const admin = demoUser("ADMIN");
    await logIn(page, admin.email, PASSWORD);
    await page.waitForURL("**/admin");
    await expect(page.getByRole("heading", { name: "Admin" })).toBeVisible();
    await expectSignedInAs(page, admin.name);
  });

  test("a wrong password and an unknown email get the same message", async ({ page }) => {
    await page.goto("/login");
    await logIn(page, demoUser("EDITOR").email, "not the password");
    const error = page.getByTestId("login-error");
    await expect(error).toHaveText("Email or password is incorrect.");

    await logIn(page, "nobody@framewise.example", PASSWORD);
    await expect(error).toHaveText("Email or password is incorrect.");
    await expect(page).toHaveURL(/\/login/);
  });

  test("signing out ends the session", async ({ page }) => {
    const reviewer = demoUser("REVIEWER");
    await page.goto("/login");
    await logIn(page, reviewer.email, PASSWORD);
    await expectSignedInAs(page, reviewer.name);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL("**/login**");
    await page.goto("/events");
    await expect(page).toHaveURL(/\/login/);
  });
});

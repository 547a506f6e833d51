import { test as setup } from "@playwright/test";
import { ROLES } from "../lib/auth/roles.ts";
import { expectSignedInAs, logIn } from "./login.ts";
import { demoUser, PASSWORD, storageStateFor } from "./roles.ts";

// The first pages a fresh server renders after sign-in can take a while on a busy two-core machine.
setup.describe.configure({ timeout: 120_000 });

for (const role of ROLES) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const user = demoUser(role);
    await page.goto("/login");
    await logIn(page, user.email, PASSWORD);
    await page.waitForURL("**/events");
    await expectSignedInAs(page, user.name);
    await page.context().storageState({ path: storageStateFor(role) });
  });
}

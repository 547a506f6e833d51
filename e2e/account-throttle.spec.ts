import { expect, test, type Page } from "@playwright/test";
import { PASSWORD, storageStateFor } from "./roles.ts";

test.describe.configure({ timeout: 120_000 });

// The e2e server trusts loopback as a proxy: this browser names an address of its own, so the failures made
// here on purpose slow only the editor from that address (other specs sign the editor in from loopback).
const address = `2001:db8:2::${Math.floor(Math.random() * 0xffff).toString(16)}`;
test.use({ storageState: storageStateFor("EDITOR"), extraHTTPHeaders: { "x-forwarded-for": address } });

async function tryCurrentPassword(page: Page, current: string) {
  const form = page.getByRole("form", { name: "Change your password" });
  await form.getByLabel("Current password").fill(current);
  await form.getByLabel(/^New password/).fill("a brand new passphrase");
  await form.getByLabel("Repeat the new password").fill("a brand new passphrase");
  await form.getByRole("button", { name: "Change password" }).click();
  // The form empties its passwords once the answer is in: only then is the next try typed.
  await expect(form.getByLabel("Current password")).toHaveValue("");
  return form.getByTestId("form-error");
}

test("wrong current passwords on the account page are slowed like failed sign-ins", async ({ page }) => {
  await page.goto("/account");
  for (const guess of ["guess one", "guess two", "guess three"])
    await expect(await tryCurrentPassword(page, guess)).toHaveText("Your current password is not right.");
  // Even the right password waits now, with the words the sign-in page uses; nothing was changed.
  await expect(await tryCurrentPassword(page, PASSWORD)).toHaveText(
    /^Too many failed sign-ins from here\. Try again in \d+ seconds?, or ask an admin to clear the lock\.$/,
  );
  await expect(page.getByTestId("account-notice")).toHaveCount(0);
});

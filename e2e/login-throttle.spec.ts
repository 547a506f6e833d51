import { expect, test, type Browser } from "@playwright/test";
import { expectSignedInAs, logIn } from "./login.ts";
import { demoUser, PASSWORD, storageStateFor } from "./roles.ts";

// Sign-in pages render slowly on a busy two-core machine.
test.describe.configure({ timeout: 240_000 });

// The e2e server trusts loopback as a proxy, so each browser here names its own client address and the
// failures these tests make on purpose slow only that address.
const newAddress = () => `2001:db8:1::${Math.floor(Math.random() * 0xffff).toString(16)}`;
const browserFrom = (browser: Browser, address: string, javaScriptEnabled = true) =>
  browser.newContext({ storageState: undefined, javaScriptEnabled, extraHTTPHeaders: { "x-forwarded-for": address } });

test("without JavaScript the login form posts: the password never appears in a URL, and sign-in works", async ({
  browser,
}) => {
  const context = await browserFrom(browser, newAddress(), false);
  const page = await context.newPage();
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  const user = demoUser("EDITOR");

  await page.goto("/login?callbackUrl=%2Fcompare");
  await logIn(page, user.email, "not the password either");
  await expect(page.getByTestId("login-error")).toHaveText("Email or password is incorrect.");
  await expect(page.getByLabel("Email")).toHaveValue(user.email);

  await logIn(page, user.email, PASSWORD);
  await page.waitForURL("**/compare");
  await expectSignedInAs(page, user.name);
  expect(urls.filter((url) => url.includes("password") || url.includes(encodeURIComponent(PASSWORD)))).toEqual([]);
  await context.close();
});

test.describe("slowed sign-ins", () => {
  test.use({ storageState: storageStateFor("ADMIN") });

  test("wrong passwords slow that address, not the owner elsewhere; an admin clears the wait", async ({
    page,
    browser,
  }) => {
    const user = demoUser("REVIEWER");
    const attackerAddress = newAddress();
    const attacker = await (await browserFrom(browser, attackerAddress)).newPage();
    await attacker.goto("/login");
    for (const guess of ["guess one", "guess two", "guess three"]) {
      await logIn(attacker, user.email, guess);
      // The form empties its password once the answer is in: only then is the next attempt typed.
      await expect(attacker.getByLabel("Password")).toHaveValue("");
      await expect(attacker.getByTestId("login-error")).toHaveText("Email or password is incorrect.");
    }
    await logIn(attacker, user.email, PASSWORD);
    await expect(attacker.getByTestId("login-error")).toContainText(/Try again in \d+ (second|minute)s?/);

    const owner = await (await browserFrom(browser, newAddress())).newPage();
    await owner.goto("/login");
    await logIn(owner, user.email, PASSWORD);
    await expectSignedInAs(owner, user.name);

    await page.goto("/admin/users");
    const locks = page.getByRole("table", { name: "Accounts made to wait" });
    await locks.getByRole("button", { name: `Clear the wait on ${user.email}` }).click();
    await expect(locks.getByRole("cell", { name: user.email })).toHaveCount(0);
    await logIn(attacker, user.email, PASSWORD);
    await expectSignedInAs(attacker, user.name);
    await Promise.all([attacker.context().close(), owner.context().close()]);
  });
});

import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { expectSignedInAs, logIn } from "./login.ts";
import { storageStateFor } from "./roles.ts";

// Admins' pages act as the demo admin; each test adds people of its own, so tests never share an account.
test.use({ storageState: storageStateFor("ADMIN") });
// Each test walks several people through several pages: minutes on a busy two-core machine.
test.describe.configure({ timeout: 240_000 });

const NEW_PASSWORD = "tangerine lighthouse quarry";
const OTHER_PASSWORD = "walnut glacier trombone";

/** A browser of the person's own: no session, and its own client address (the e2e server trusts loopback as a proxy). */
function personalContext(browser: Browser): Promise<BrowserContext> {
  const address = `2001:db8::${Math.floor(Math.random() * 0xffff).toString(16)}`;
  return browser.newContext({ storageState: undefined, extraHTTPHeaders: { "x-forwarded-for": address } });
}

async function addPerson(admin: Page, role: "EDITOR" | "REVIEWER", method: "link" | "temporary") {
  const person = { name: `Pat ${method} ${Date.now()}`, email: `pat-${crypto.randomUUID()}@framewise.example` };
  await admin.goto("/admin/users");
  const form = admin.getByRole("form", { name: "Add a person" });
  await form.getByLabel("Name").fill(person.name);
  await form.getByLabel("Email").fill(person.email);
  await form.getByLabel("Role").selectOption(role);
  await form.getByLabel(method === "link" ? /one-time link/ : /temporary password/).check();
  await form.getByRole("button", { name: "Add person" }).click();
  const secret = admin.getByTestId("one-time-secret").getByRole("textbox");
  await expect(secret).toHaveValue(/\S{12,}/);
  return { ...person, secret: await secret.inputValue() };
}

async function choosePassword(page: Page, password: string, current?: string) {
  if (current) await page.getByLabel("Current password").fill(current);
  await page.getByLabel(/^New password/).fill(password);
  await page.getByLabel("Repeat the new password").fill(password);
}

/** A person added with a temporary password who has signed in and chosen their own. */
async function signedInPerson(admin: Page, browser: Browser, role: "EDITOR" | "REVIEWER") {
  const person = await addPerson(admin, role, "temporary");
  const context = await personalContext(browser);
  const page = await context.newPage();
  await page.goto("/events");
  await logIn(page, person.email, person.secret);
  await page.waitForURL("**/change-password**");
  await choosePassword(page, NEW_PASSWORD, person.secret);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await page.waitForURL("**/events");
  await expectSignedInAs(page, person.name);
  return { ...person, context, page };
}

async function openPerson(admin: Page, name: string) {
  await admin.goto("/admin/users");
  await admin.getByRole("link", { name }).click();
  await expect(admin.getByRole("heading", { name, level: 1 })).toBeVisible();
}

test("an invited person sets a password through the one-time link, which then opens nothing", async ({
  page,
  browser,
}) => {
  const person = await addPerson(page, "REVIEWER", "link");
  expect(person.secret).toMatch(/\/set-password\?token=[\w-]{43}$/);

  const context = await personalContext(browser);
  const visitor = await context.newPage();
  await visitor.goto(person.secret);
  await expect(visitor.getByText(`${person.name} (${person.email})`)).toBeVisible();
  await choosePassword(visitor, NEW_PASSWORD);
  await visitor.getByRole("button", { name: "Set password" }).click();
  await expect(visitor.getByTestId("login-notice")).toHaveText("Your password is set. Sign in with it.");
  await logIn(visitor, person.email, NEW_PASSWORD);
  await visitor.waitForURL("**/events");
  await expectSignedInAs(visitor, person.name);

  await visitor.goto(person.secret);
  await expect(visitor.getByTestId("link-gone")).toContainText("already used");
  await context.close();
});

test("a new role ends the person's open session, and disabling keeps them out", async ({ page, browser }) => {
  const person = await signedInPerson(page, browser, "EDITOR");
  await person.page.goto("/compare");
  await expect(person.page.getByRole("heading", { level: 1 })).toBeVisible();

  await openPerson(page, person.name);
  await page.getByRole("combobox", { name: /^Role/ }).selectOption("REVIEWER");
  await page.getByRole("button", { name: "Save role" }).click();

  // The save lands a moment after the click: the person's next page after it is the login page.
  await expect(async () => {
    await person.page.goto("/compare");
    await expect(person.page).toHaveURL(/\/login/, { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await logIn(person.page, person.email, NEW_PASSWORD);
  await person.page.waitForURL("**/events");
  await person.page.goto("/compare");
  await expect(person.page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();

  await page.getByRole("button", { name: "Disable account" }).click();
  await expect(page.getByRole("button", { name: "Enable account" })).toBeVisible();
  await person.page.goto("/events");
  await expect(person.page).toHaveURL(/\/login/);
  await logIn(person.page, person.email, NEW_PASSWORD);
  await expect(person.page.getByTestId("login-error")).toHaveText("Email or password is incorrect.");
  await person.context.close();
});

test("a temporary password leads to choosing one's own before anything else", async ({ page, browser }) => {
  const person = await signedInPerson(page, browser, "REVIEWER");
  await openPerson(page, person.name);
  await expect(page.getByText(`${person.email} · Active`)).toBeVisible();

  await page.getByRole("button", { name: "Set a temporary password" }).click();
  const temporary = await page.getByTestId("one-time-secret").getByRole("textbox").inputValue();
  await person.page.goto("/events");
  await expect(person.page).toHaveURL(/\/login/);
  await logIn(person.page, person.email, temporary);
  await person.page.waitForURL("**/change-password**");
  await person.page.goto("/tagging");
  await expect(person.page).toHaveURL(/\/change-password/);
  await choosePassword(person.page, OTHER_PASSWORD, temporary);
  await person.page.getByRole("button", { name: "Save and continue" }).click();
  await person.page.waitForURL("**/events");
  await person.page.goto("/tagging");
  await expect(person.page).toHaveURL(/\/tagging$/);
  await person.context.close();
});

test("a user changes their own password, ending their other sessions, then signs out everywhere", async ({
  page,
  browser,
}) => {
  const person = await signedInPerson(page, browser, "REVIEWER");
  const laptop = person.page;
  const phoneContext = await personalContext(browser);
  const phone = await phoneContext.newPage();
  await phone.goto("/events");
  await logIn(phone, person.email, NEW_PASSWORD);
  await expectSignedInAs(phone, person.name);

  await laptop.getByTestId("current-user").click();
  await expect(laptop.getByRole("heading", { name: "Your account" })).toBeVisible();
  const form = laptop.getByRole("form", { name: "Change your password" });
  await choosePassword(laptop, OTHER_PASSWORD, "not my password at all");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByTestId("form-error")).toHaveText("Your current password is not right.");

  await choosePassword(laptop, OTHER_PASSWORD, NEW_PASSWORD);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.getByTestId("account-notice")).toContainText("Your password is changed.");
  await phone.goto("/events");
  await expect(phone).toHaveURL(/\/login/);

  await laptop.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptop.getByTestId("login-notice")).toHaveText("You are signed out on every device.");
  await laptop.goto("/events");
  await expect(laptop).toHaveURL(/\/login/);
  await Promise.all([person.context.close(), phoneContext.close()]);
});

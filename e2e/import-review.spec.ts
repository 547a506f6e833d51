import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { logIn } from "./login.ts";
import { PASSWORD, storageStateFor } from "./roles.ts";

test.use({ storageState: storageStateFor("REVIEWER") });

const SEED_ARTICLE = readFileSync("e2e/fixtures/seed-article.txt", "utf8");

async function previewPasted(page: Page, text: string) {
  await page.goto("/import");
  await page.getByLabel("Article text").fill(text);
  await page.getByRole("button", { name: "Preview import" }).click();
}

test("a CSV whose rows name three events is saved to three events, each with its outlets", async ({ page }) => {
  await page.goto("/import");
  await page.getByRole("tab", { name: "Upload file" }).click();
  await page.getByLabel("File").setInputFiles("e2e/fixtures/three-events.csv");
  await page.getByRole("button", { name: "Preview import" }).click();

  await expect(page.getByTestId("batch-events")).toContainText(
    "Events named in the file: 3, of which 3 will be created",
  );
  const confirm = page.getByRole("form", { name: "Confirm import" });
  await expect(confirm).toContainText("Every row names its event");
  await confirm.getByRole("button", { name: "Save 6 new articles" }).click();
  await expect(page.getByTestId("import-outcome")).toContainText("6 new articles saved to");

  await page.goto("/events");
  for (const title of [
    "Rafah ceasefire talks",
    "Nuseirat rescue operation",
    "UN Security Council vote on ceasefire plan",
  ]) {
    const table = page.getByRole("table", { name: `Articles per outlet for ${title}` });
    await expect(table.getByRole("row", { name: /Harbor Wire/ })).toContainText("1");
    await expect(table.getByRole("row", { name: /Tideline/ })).toContainText("1");
  }
});

test("the outlet field offers a stored outlet for its short name, and a new outlet needs an explicit choice", async ({
  page,
}) => {
  await previewPasted(page, SEED_ARTICLE);
  const details = page.getByRole("form", { name: "Recognized details" });
  const outlet = details.getByRole("combobox");

  await outlet.fill("harbor");
  await expect(page.getByRole("option", { name: /Harbor Wire/ })).toBeVisible();
  await outlet.fill("Harbour Wyre");
  await details.getByRole("button", { name: "Update details" }).click();
  await expect(details).toContainText("No outlet is called “Harbour Wyre”");
  await expect(details.getByLabel("Title")).toHaveValue(/Hamas to boycott/);

  await outlet.fill("harbor");
  await page.getByRole("option", { name: /Harbor Wire/ }).click();
  await details.getByRole("button", { name: "Update details" }).click();
  await expect(page.getByRole("table", { name: "Rows to import" })).toContainText("Harbor Wire");
  await expect(page.getByRole("table", { name: "Rows to import" })).not.toContainText("new outlet");
});

test("no unrelated event is pre-selected: the reviewer must choose", async ({ page }) => {
  await previewPasted(page, SEED_ARTICLE);
  const confirm = page.getByRole("form", { name: "Confirm import" });
  await expect(confirm.getByRole("radio", { checked: true })).toHaveCount(0);
});

test("a pasted text survives a validation error", async ({ page }) => {
  const html = "<div><p>Officials said the ceasefire talks would resume.</p></div>";
  await previewPasted(page, html);
  await expect(page.getByTestId("form-error")).toContainText("This looks like HTML");
  await expect(page.getByLabel("Article text")).toHaveValue(html);
});

test("another reviewer cannot open my unsaved import; an admin can, and may save or discard it", async ({
  page,
  browser,
}) => {
  await previewPasted(page, SEED_ARTICLE);
  // Reading and staging the article takes a while on a busy machine.
  await expect(page.getByRole("form", { name: "Confirm import" })).toBeVisible({ timeout: 30_000 });
  const batchUrl = page.url();

  const other = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const otherPage = await other.newPage();
  await otherPage.goto("/login");
  await logIn(otherPage, "reviewer2@framewise.example", PASSWORD);
  await otherPage.waitForURL("**/events");
  expect((await otherPage.goto(batchUrl))?.status()).toBe(404);
  await expect(otherPage.getByRole("form", { name: "Confirm import" })).toHaveCount(0);
  await other.close();

  const admin = await browser.newContext({ storageState: storageStateFor("ADMIN") });
  const adminPage = await admin.newPage();
  await adminPage.goto(batchUrl);
  await expect(adminPage.getByTestId("others-preview")).toContainText("Started by Ravi Reviewer");
  await expect(adminPage.getByRole("form", { name: "Discard import" })).toBeVisible();
  await admin.close();

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Discard this import" }).click();
  await expect(page.getByText("The import was discarded")).toBeVisible();
});

import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { storageStateFor } from "./roles.ts";

test.use({ storageState: storageStateFor("REVIEWER") });

test("a pasted article is recognized, corrected in the preview, and saved to a new event", async ({ page }) => {
  const eventTitle = `Rafah ceasefire talks ${Date.now()}`;
  await page.goto("/import");
  await page.getByLabel("Article text").fill(readFileSync("e2e/fixtures/seed-article.txt", "utf8"));
  await page.getByRole("button", { name: "Preview import" }).click();

  const details = page.getByRole("form", { name: "Recognized details" });
  await expect(details.getByLabel("Title")).toHaveValue(
    "Hamas to boycott ceasefire negotiations as long as Israel continues killing Palestinians in Rafah",
  );
  await expect(details.getByLabel("Author")).toHaveValue("lauraharris");
  await expect(details.getByLabel("Published")).toHaveValue("5 Jun 2024");

  await details.getByRole("combobox").fill("Natural News");
  await page.getByRole("option", { name: "Create a new outlet “Natural News”" }).click();
  await details.getByRole("button", { name: "Update details" }).click();
  await expect(page.getByRole("table", { name: "Rows to import" })).toContainText("Natural News");

  const confirm = page.getByRole("form", { name: "Confirm import" });
  await confirm.getByLabel("New event title").fill(eventTitle);
  await confirm.getByRole("button", { name: /Save 1 new article/ }).click();
  await expect(page.getByTestId("import-outcome")).toContainText("1 new article saved");

  await page.goto("/events");
  const table = page.getByRole("table", { name: `Articles per outlet for ${eventTitle}` });
  await expect(table.getByRole("row", { name: /Natural News/ })).toContainText("1");
});

test("a CSV shows its column mapping and rejected rows, then saves the valid rows once", async ({ page }) => {
  const eventTitle = `Plant fire follow-ups ${Date.now()}`;
  await page.goto("/import");
  await page.getByRole("tab", { name: "Upload file" }).click();
  await page.getByLabel("File").setInputFiles("e2e/fixtures/coverage.csv");
  await page.getByRole("button", { name: "Preview import" }).click();

  await expect(page.getByRole("table", { name: "Column mapping" })).toContainText("notes");
  const rejected = page.getByTestId("row-errors");
  await expect(rejected).toContainText("published_at");
  await expect(rejected).toContainText("not a date");
  await expect(page.getByRole("table", { name: "Rows to import" }).getByRole("row")).toHaveCount(3);

  const confirm = page.getByRole("form", { name: "Confirm import" });
  await confirm.getByLabel("New event title").fill(eventTitle);
  await confirm.getByRole("button", { name: /Save 2 new articles/ }).click();
  await expect(page.getByTestId("import-outcome")).toContainText("2 new articles saved");

  // The same file again: everything is a duplicate.
  await page.goto("/import");
  await page.getByRole("tab", { name: "Upload file" }).click();
  await page.getByLabel("File").setInputFiles("e2e/fixtures/coverage.csv");
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByTestId("preview-summary")).toContainText("0 new, 2 duplicate");
});

test("a large CSV is saved in the background by a worker, and a reload shows the outcome", async ({ page }) => {
  const stamp = Date.now();
  const header = "outlet,url,title,published_at,body";
  const lines = Array.from(
    { length: 300 },
    (_, i) =>
      `Harbor Ledger,https://harborledger.example/${stamp}/${i},Story ${i},2026-03-0${1 + (i % 9)},` +
      `"Council meeting ${stamp} item ${i}: the harbour committee discussed berth ${i} and its repair schedule."`,
  );
  await page.goto("/import");
  await page.getByRole("tab", { name: "Upload file" }).click();
  await page.getByLabel("File").setInputFiles({
    name: "large.csv",
    mimeType: "text/csv",
    buffer: Buffer.from([header, ...lines].join("\n")),
  });
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByTestId("preview-summary")).toContainText("300 new");

  const outlets = page.getByRole("form", { name: "New outlets" });
  await outlets.getByRole("combobox").selectOption("new");
  await outlets.getByRole("button", { name: "Apply these choices" }).click();
  await expect(outlets).toHaveCount(0);

  const confirm = page.getByRole("form", { name: "Confirm import" });
  await confirm.getByLabel("New event title").fill(`Harbour committee ${stamp}`);
  await confirm.getByRole("button", { name: /Save 300 new articles/ }).click();
  await expect(page.getByTestId("import-progress").or(page.getByTestId("import-outcome"))).toBeVisible();

  await page.reload();
  await expect(page.getByTestId("import-outcome")).toContainText("300 new articles saved", { timeout: 30_000 });
});

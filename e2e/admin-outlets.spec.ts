import { expect, test, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { db } from "../lib/db/client.ts";
import { makeArticle, makeOutlet } from "../test/factories.ts";
import { storageStateFor } from "./roles.ts";

test.use({ storageState: storageStateFor("ADMIN") });

// The merge needs two outlets of its own: merging demo outlets would change what other specs count.
// They are written straight to the e2e server's embedded database (see scripts/e2e-server.ts).
process.env.DATABASE_URL ??= `postgresql://postgres:framewise-local@127.0.0.1:${process.env.FRAMEWISE_PG_PORT ?? 54349}/framewise`;
test.afterAll(() => db().$disconnect());

const outletRow = (page: Page, name: string) =>
  page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });

test("an admin adds an alias to a demo outlet and sees it in the outlets table", async ({ page }) => {
  const alias = `Harbor Newswire ${randomUUID().slice(0, 8)}`;
  await page.goto("/admin");
  await page.getByRole("link", { name: "Harbor Wire" }).click();

  const form = page.getByRole("form", { name: "Outlet details" });
  await form.getByLabel("Aliases").fill(alias);
  await form.getByRole("button", { name: "Save outlet" }).click();

  await expect(page).toHaveURL(/\/admin$/);
  await expect(outletRow(page, "Harbor Wire")).toContainText(`Also called ${alias}`);
});

test("an admin merges one outlet into another after reading what will happen", async ({ page }) => {
  const suffix = randomUUID().slice(0, 8);
  const [source, target] = await Promise.all([makeOutlet(`LBCI ${suffix}`), makeOutlet(`LBCI Group ${suffix}`)]);
  await makeArticle(source.id, null);
  await makeArticle(target.id, null);

  await page.goto(`/admin/outlets/${source.id}`);
  const merge = page.getByRole("region", { name: "Merge this outlet into…" });
  await merge
    .getByLabel(`Merge LBCI ${suffix} into`)
    .selectOption({ label: `LBCI Group ${suffix} (lbcigroup${suffix}.example)` });
  await merge.getByRole("button", { name: "Review the merge" }).click();

  const confirm = page.getByRole("form", { name: "Confirm merge" });
  await expect(confirm).toContainText("move 1 article to");
  await expect(confirm).toContainText(`move the domain lbci${suffix}.example`);
  await expect(confirm).toContainText(`remove LBCI ${suffix}. This cannot be undone.`);
  await confirm.getByLabel(/I understand/).check();
  await confirm.getByRole("button", { name: `Merge into LBCI Group ${suffix}` }).click();

  await expect(page).toHaveURL(new RegExp(`/admin/outlets/${target.id}`));
  await expect(page.getByTestId("merged-notice")).toContainText(
    `Merged “LBCI ${suffix}” into LBCI Group ${suffix}: 1 article moved`,
  );
  await expect(page.getByLabel("Aliases")).toHaveValue(`LBCI ${suffix}`);
  await expect(page.getByLabel("Domains")).toHaveValue(`lbci${suffix}.example, lbcigroup${suffix}.example`);

  await page.goto("/admin");
  await expect(page.getByRole("link", { name: `LBCI ${suffix}`, exact: true })).toHaveCount(0);
  const row = outletRow(page, `LBCI Group ${suffix}`);
  await expect(row).toContainText(`Also called LBCI ${suffix}`);
  await expect(row.getByRole("cell").last()).toHaveText("2");
});

import { expect, test, type Browser, type Page } from "@playwright/test";
import { storageStateFor } from "./roles.ts";
import { highlight, importArticle, openWorkspace, PAGE_LOAD, tagList, tagPassage } from "./tagging-helpers.ts";

test.use({ storageState: storageStateFor("REVIEWER") });
test.describe.configure({ timeout: 180_000 });

/** The editor lists an actor for the event, so the reviewer has someone to give a tone toward. */
async function addActor(browser: Browser, eventPath: string, name: string) {
  const editor = await (await browser.newContext({ storageState: storageStateFor("EDITOR") })).newPage();
  await editor.goto(eventPath);
  const actors = editor.getByRole("region", { name: "Actors" });
  await actors.locator("summary", { hasText: "Add an actor" }).click(PAGE_LOAD);
  const form = actors.getByRole("form", { name: "Add an actor" });
  await form.getByLabel("Name").fill(name);
  await form.getByRole("button", { name: "Add an actor" }).click();
  await expect(actors.getByRole("listitem").filter({ hasText: name })).toBeVisible();
  await editor.context().close();
}

const articleForm = (page: Page) => page.getByRole("region", { name: "Whole article" });

test("a reviewer tags, fills in the whole-article form, finds it kept after a reload, and submits", async ({
  page,
  browser,
}) => {
  const run = crypto.randomUUID().slice(0, 8);
  const title = `Harbour levy splits council ${run}`;
  const actor = `Harbour Board ${run}`;
  const eventPath = await importArticle(page, {
    title,
    event: `Harbour levy ${run}`,
    body:
      `The ${actor} asked the council on Tuesday to approve a levy on every container landed at the port. ` +
      `Supporters said the money would pay for dredging, while shipping firms called it a tax on trade.\n\n` +
      `Councillors will vote next month on the plan, reference ${run}.`,
  });
  await addActor(browser, eventPath, actor);
  await openWorkspace(page, title);

  // A frame the codebook does not list: "Other" asks for the frame's name, an attribute of that category.
  await tagPassage(page, "tax on trade", "Other");
  const selected = page.getByRole("region", { name: "Other Frames" });
  await selected.getByLabel("Frame name").fill("Free trade");
  await selected.getByLabel("Frame name").press("Enter");
  await expect(page.getByTestId("workspace-status")).not.toContainText("not saved");

  // Submitting without a primary frame is allowed, but the reviewer is reminded first.
  await page.getByRole("button", { name: "Submit article…" }).click();
  await expect(page.getByRole("group", { name: /Submit your tags/ })).toContainText(
    "You have not chosen the article's primary frame.",
  );
  await page.getByRole("button", { name: "Cancel" }).click();

  const form = articleForm(page);
  await form.getByLabel("Primary frame").selectOption({ label: "Economic" });
  await form.getByLabel("Headline frame").selectOption({ label: "Conflict" });
  await form.getByRole("radiogroup", { name: actor }).getByRole("radio", { name: "−1 Critical" }).check();
  await expect(form.getByTestId("article-form-status")).toHaveText("Saved.");

  await page.reload();
  await expect(highlight(page, "Other", "tax on trade")).toBeVisible(PAGE_LOAD);
  await expect(form.getByLabel("Primary frame")).toHaveValue(/.+/);
  await expect(form.getByLabel("Primary frame").locator("option:checked")).toHaveText("Economic");
  await expect(form.getByLabel("Headline frame").locator("option:checked")).toHaveText("Conflict");
  await expect(form.getByRole("radiogroup", { name: actor }).getByRole("radio", { name: "−1 Critical" })).toBeChecked();
  await tagList(page)
    .getByRole("button", { name: /Other.*tax on trade/ })
    .click();
  await expect(page.getByRole("region", { name: "Other Frames" }).getByLabel("Frame name")).toHaveValue("Free trade");

  await page.getByRole("button", { name: "Submit article…" }).click();
  await expect(page.getByRole("group", { name: /Submit your tags/ })).not.toContainText("primary frame");
  await page.getByRole("button", { name: "Yes, submit" }).click();
  await expect(page.getByText("Submitted: your tags are final.")).toBeVisible(PAGE_LOAD);
  await expect(form.getByLabel("Primary frame")).toBeDisabled();
  await expect(
    form.getByRole("radiogroup", { name: actor }).getByRole("radio", { name: "+2 Favourable" }),
  ).toBeDisabled();
  await expect(page.getByRole("region", { name: "Categories" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Submit article…" })).toHaveCount(0);
});

import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./roles.ts";
import {
  highlight,
  importArticle,
  openWorkspace,
  PAGE_LOAD,
  pageSignedInAs,
  tagList,
  tagPassage,
} from "./tagging-helpers.ts";

test.use({ storageState: storageStateFor("REVIEWER") });
test.describe.configure({ timeout: 240_000 });

async function submit(page: Page) {
  await page.getByRole("button", { name: "Submit article…" }).click();
  await page.getByRole("button", { name: "Yes, submit" }).click();
  await expect(page.getByText("Submitted: your tags are final.")).toBeVisible(PAGE_LOAD);
}

test("two reviewers tag one article blind: each sees the other's tags only once both have submitted", async ({
  page: ravi,
  browser,
}) => {
  const run = crypto.randomUUID().slice(0, 8);
  const title = `Ferry fares rise again ${run}`;
  const eventPath = await importArticle(ravi, {
    title,
    event: `Ferry fares ${run}`,
    body:
      `The ferry operator raised fares by nine percent on Monday, blaming fuel costs. ` +
      `Commuters described the increase as daylight robbery at a packed meeting in the terminal.\n\n` +
      `The regional council will review the operator's contract, reference ${run}.`,
  });

  const editor = await (await browser.newContext({ storageState: storageStateFor("EDITOR") })).newPage();
  await editor.goto(eventPath);
  const assignments = editor.getByRole("region", { name: "Assignments" });
  await assignments.getByLabel("Assign to Ravi Reviewer").check(PAGE_LOAD);
  await assignments.getByLabel("Assign to Rosa Reviewer").check();
  await assignments.getByLabel("Reviewers per article").fill("2");
  await assignments.getByRole("button", { name: "Assign articles" }).click();
  await expect(assignments.getByTestId("assign-outcome")).toContainText("Made 2 assignments across 1 article");

  await openWorkspace(ravi, title);
  const adjudication = ravi.url().replace(/^.*\/tagging\//, "/adjudication/");
  await tagPassage(ravi, "fuel costs", "Economic");
  await submit(ravi);

  // Editors see reviewers' tags on the adjudication page, which opens once everyone assigned has submitted.
  await editor.goto(adjudication);
  await expect(editor.getByText("Rosa Reviewer: still tagging")).toBeVisible(PAGE_LOAD);

  const rosa = await pageSignedInAs(browser, "reviewer2@framewise.example");
  await openWorkspace(rosa, title);
  await expect(tagList(rosa).getByRole("heading")).toHaveText("Tags (0)");
  await expect(highlight(rosa, "Economic", "fuel costs")).toHaveCount(0);
  await tagPassage(rosa, "daylight robbery", "Loaded term");
  await expect(tagList(rosa).getByRole("button")).toHaveCount(1);
  await submit(rosa);

  await expect(highlight(rosa, "Economic", "fuel costs")).toBeVisible();
  await expect(tagList(rosa).getByRole("button", { name: /Economic.*fuel costs.*another reviewer/ })).toBeVisible();
  await ravi.reload();
  await expect(highlight(ravi, "Loaded term", "daylight robbery")).toBeVisible(PAGE_LOAD);

  await editor.reload();
  // One unit per passage; each shows both reviewers' versions, "Did not tag this" where one made none.
  const version = (reviewer: string, passage: string) =>
    editor
      .getByRole("list", { name: "Units" })
      .getByRole("region", { name: `${reviewer}’s version` })
      .filter({ hasText: passage });
  await expect(version("Ravi Reviewer", "fuel costs")).toBeVisible(PAGE_LOAD);
  await expect(version("Rosa Reviewer", "daylight robbery")).toBeVisible();
});

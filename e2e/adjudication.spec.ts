import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { logIn } from "./login.ts";
import { PASSWORD, storageStateFor } from "./roles.ts";
import { openWorkspace, PAGE_LOAD, tagList, tagPassage } from "./tagging-helpers.ts";

test.use({ storageState: storageStateFor("REVIEWER") });
// Two reviewers tag and submit through the workspace before the editor adjudicates: a long journey.
test.describe.configure({ timeout: 480_000 });

/**
 * Imports one pasted article into a new event of its own and returns the event page's path. Waits for the
 * corrected outlet to reach the stored preview before choosing the event: the confirm form is drawn afresh
 * then, and an event typed before that would be lost on a busy machine.
 */
async function importArticle(page: Page, article: { title: string; body: string; event: string }) {
  await page.goto("/import");
  await page.getByLabel("Article text").fill(`${article.title}\nBy Spec Writer // 2026-11-20\n\n${article.body}`);
  await page.getByRole("button", { name: "Preview import" }).click();
  const details = page.getByRole("form", { name: "Recognized details" });
  await expect(details.getByLabel("Title")).toHaveValue(article.title, PAGE_LOAD);
  const outlet = `Spec Gazette ${article.event}`;
  await details.getByRole("combobox").fill(outlet);
  await page.getByRole("option", { name: `Create a new outlet “${outlet}”` }).click();
  await details.getByRole("button", { name: "Update details" }).click();
  await expect(page.getByRole("table", { name: "Rows to import" })).toContainText(outlet, PAGE_LOAD);
  await expect(details.getByRole("button", { name: "Update details" })).toBeEnabled();
  const confirm = page.getByRole("form", { name: "Confirm import" });
  await confirm.getByLabel("New event title").fill(article.event);
  await expect(confirm.getByRole("radio", { name: /A new event/ })).toBeChecked();
  await confirm.getByRole("button", { name: /Save 1 new article/ }).click();
  const eventLink = page.getByTestId("import-outcome").getByRole("link", { name: article.event });
  await expect(eventLink).toBeVisible({ timeout: 60_000 });
  return (await eventLink.getAttribute("href"))!;
}

/** The second reviewer, who has no stored sign-in: a context of their own, without the spec's reviewer session. */
async function signInAsRosa(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await page.goto("/login");
  await logIn(page, "reviewer2@framewise.example", PASSWORD);
  await page.waitForURL("**/events", PAGE_LOAD);
  return page;
}

async function submit(page: Page) {
  await page.getByRole("button", { name: "Submit article…" }).click();
  await page.getByRole("button", { name: "Yes, submit" }).click();
  await expect(page.getByText("Submitted: your tags are final.")).toBeVisible(PAGE_LOAD);
}

/** Sets the selected loaded-language tag's direction, waits for its server action, and checks it after a reload. */
async function setDirection(page: Page, passage: string, direction: "favourable" | "unfavourable") {
  const saved = page.waitForResponse((response) => response.request().headers()["next-action"] !== undefined);
  await page.getByLabel("Direction").selectOption(direction);
  await saved;
  await page.reload();
  await tagList(page)
    .getByRole("button", { name: new RegExp(passage) })
    .click(PAGE_LOAD);
  await expect(page.getByLabel("Direction")).toHaveValue(direction);
}

const unitWith = (page: Page, text: string) =>
  page.getByRole("list", { name: "Units" }).getByRole("article").filter({ hasText: text });
const version = (unit: Locator, reviewer: string) => unit.getByRole("region", { name: `${reviewer}’s version` });

test("an editor adjudicates two reviewers' disagreeing tags into gold: accept, reject, edit, the gold form, complete", async ({
  page: ravi,
  browser,
}) => {
  const run = crypto.randomUUID().slice(0, 8);
  const title = `Harbour plan approved ${run}`;
  const eventPath = await importArticle(ravi, {
    title,
    event: `Harbour plan ${run}`,
    body:
      `The council approved the harbour plan on Monday after a long debate, reference ${run}.\n\n` +
      `Critics called the vote a reckless gamble with public money.\n\n` +
      `The mayor said the plan would create hundreds of jobs.`,
  });

  const editor = await (await browser.newContext({ storageState: storageStateFor("EDITOR") })).newPage();
  await editor.goto(eventPath);
  const assignments = editor.getByRole("region", { name: "Assignments" });
  await assignments.getByLabel("Assign to Ravi Reviewer").check(PAGE_LOAD);
  await assignments.getByLabel("Assign to Rosa Reviewer").check();
  await assignments.getByLabel("Reviewers per article").fill("2");
  await assignments.getByRole("button", { name: "Assign articles" }).click();
  await expect(assignments.getByTestId("assign-outcome")).toContainText("Made 2 assignments across 1 article");

  // Ravi and Rosa disagree on a span, on a direction, on whether there is conflict; they agree on jobs.
  await openWorkspace(ravi, title);
  await tagPassage(ravi, "approved the harbour plan", "Economic");
  await tagPassage(ravi, "reckless gamble", "Loaded term");
  await tagPassage(ravi, "long debate", "Conflict");
  await tagPassage(ravi, "create hundreds of jobs", "Economic");
  await submit(ravi);
  const rosa = await signInAsRosa(browser);
  await openWorkspace(rosa, title);
  await tagPassage(rosa, "council approved the harbour plan on Monday", "Economic");
  await tagPassage(rosa, "reckless gamble", "Loaded term");
  await setDirection(rosa, "reckless gamble", "favourable");
  await tagPassage(rosa, "create hundreds of jobs", "Economic");
  await submit(rosa);

  const queue = `/adjudication?event=${eventPath.split("/").pop()}`;
  await editor.goto(queue);
  await expect(editor.getByText("Not started · 7 reviewer tags")).toBeVisible(PAGE_LOAD);
  await editor.getByRole("link", { name: title }).click();
  await editor.getByRole("button", { name: "Start adjudicating" }).click(PAGE_LOAD);
  await expect(editor.getByTestId("adjudication-phase")).toHaveText("In progress");
  await expect(editor.getByTestId("adjudication-progress")).toHaveText("0 of 7 reviewer tags decided");

  const span = unitWith(editor, "on Monday");
  await expect(span).toContainText("Spans differ");
  await span.getByRole("button", { name: "Accept Rosa Reviewer’s version" }).click();
  await expect(version(span, "Rosa Reviewer")).toContainText("Accepted");
  await expect(version(span, "Ravi Reviewer")).toContainText("Rejected");
  await expect(span.getByRole("region", { name: "Gold" })).toContainText("In gold");

  const lone = unitWith(editor, "long debate");
  await expect(lone).toContainText("Only Ravi Reviewer tagged this");
  await lone.getByRole("button", { name: "Reject Ravi Reviewer’s version" }).click();
  await expect(lone.getByRole("region", { name: "Gold" })).toContainText("Left out of gold");

  const gamble = unitWith(editor, "reckless gamble");
  await expect(gamble).toContainText("Direction differs");
  await gamble.getByRole("button", { name: "Edit Ravi Reviewer’s version" }).click();
  const edit = gamble.getByRole("group", { name: "Edit Ravi Reviewer’s version for gold" });
  await edit.getByRole("button", { name: "Start one word earlier" }).click();
  await expect(edit.getByTestId("gold-span")).toHaveText("a reckless gamble");
  await edit.getByRole("button", { name: "Save to gold" }).click();
  await expect(version(gamble, "Ravi Reviewer")).toContainText("Accepted with edits");
  await expect(version(gamble, "Rosa Reviewer")).toContainText("Rejected");
  await expect(gamble.getByRole("region", { name: "Gold" })).toContainText("a reckless gamble");

  // The agreeing unit by keyboard: focus it, and a accepts its one version for both reviewers.
  const jobs = unitWith(editor, "create hundreds of jobs");
  await expect(jobs).toContainText("All reviewers agree");
  await jobs.getByRole("button", { name: "Show in text" }).focus();
  await editor.keyboard.press("a");
  await expect(version(jobs, "Rosa Reviewer")).toContainText("Accepted");
  await expect(editor.getByTestId("adjudication-progress")).toHaveText("7 of 7 reviewer tags decided");

  const goldForm = editor.getByRole("form", { name: "Gold form" });
  await goldForm.getByLabel("Gold primary frame").selectOption({ label: "Economic" });
  await goldForm.getByLabel("Gold headline frame").selectOption({ label: "Conflict" });
  await goldForm.getByRole("button", { name: "Save gold form" }).click();
  await expect(editor.getByTestId("gold-form-status")).toHaveText("Gold form saved (revision 1).");
  await expect(goldForm.getByLabel("Gold headline frame")).toHaveValue(/.+/);

  await editor.getByRole("button", { name: "Complete gold" }).click();
  await expect(editor.getByTestId("adjudication-phase")).toHaveText("Gold complete");
  const text = editor.getByRole("region", { name: "Article text" });
  await expect(text.locator('[title="Economic"]', { hasText: "council approved the harbour plan" })).toBeVisible();
  await expect(text.locator('[title="Loaded term"]', { hasText: "a reckless gamble" })).toBeVisible();
  await expect(editor.getByRole("button", { name: /^Accept/ })).toHaveCount(0);

  const axe = await new AxeBuilder({ page: editor }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""))).toEqual([]);

  await editor.goto(queue);
  await expect(editor.getByText(/Gold complete · Elena Editor/)).toBeVisible(PAGE_LOAD);
});

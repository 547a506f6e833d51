import { expect, test, type Browser } from "@playwright/test";
import { DEMO_ARTICLES, DEMO_EVENT } from "../prisma/seed/demo-data.ts";
import type { Role } from "../lib/auth/roles.ts";
import { storageStateFor } from "./roles.ts";

// Other specs import into the server meanwhile; a page may wait behind them.
const PAGE_LOAD = { timeout: 15_000 };
test.describe.configure({ timeout: 120_000 });
const REVIEWERS = ["Ravi Reviewer", "Rosa Reviewer"];

async function pageAs(browser: Browser, role: Role) {
  const context = await browser.newContext({ storageState: storageStateFor(role) });
  return context.newPage();
}

test("an editor shares the demo event's articles between both reviewers, and the reviewer finds them in My queue", async ({
  browser,
}) => {
  const editor = await pageAs(browser, "EDITOR");
  await editor.goto("/events");
  await editor.getByRole("link", { name: DEMO_EVENT.title }).click();
  const section = editor.getByRole("region", { name: "Assignments" });
  await expect(section).toBeVisible(PAGE_LOAD);

  // A mistake keeps what was typed and ticked.
  await section.getByLabel("Assign to Ravi Reviewer").check();
  await section.getByLabel("Reviewers per article").fill("3");
  await section.getByRole("button", { name: "Assign articles" }).click();
  await expect(section.getByText("Tick at least as many reviewers as each article needs.")).toBeVisible();
  await expect(section.getByLabel("Reviewers per article")).toHaveValue("3");
  await expect(section.getByLabel("Assign to Ravi Reviewer")).toBeChecked();

  await section.getByLabel("Reviewers per article").fill("2");
  await section.getByLabel("Assign to Rosa Reviewer").check();
  await section.getByRole("button", { name: "Assign articles" }).click();
  // The demo event arrives assigned to both reviewers; only articles other specs file under it meanwhile are new.
  await expect(section.getByTestId("assign-outcome")).toContainText(
    /Made \d+ assignments? across \d+ articles?|Nothing to assign: \d+ articles already had enough reviewers/,
  );
  const table = section.getByRole("table", { name: "Assignments per reviewer" });
  for (const name of REVIEWERS) {
    // Columns: Reviewer, Assigned, Submitted.
    const assigned = table.getByRole("row", { name }).getByRole("cell").nth(1);
    await expect(assigned).not.toHaveText("0");
  }

  const reviewer = await pageAs(browser, "REVIEWER");
  await reviewer.goto("/tagging");
  await expect(reviewer.getByRole("heading", { level: 1, name: "My queue" })).toBeVisible(PAGE_LOAD);
  const queue = reviewer.getByRole("region", { name: `Queue: ${DEMO_EVENT.title}` });
  for (const article of DEMO_ARTICLES) {
    await expect(queue.getByRole("link", { name: article.title })).toHaveAttribute(
      "href",
      /^\/tagging\/[0-9a-f-]{36}$/,
    );
  }
  await expect(queue.getByText(/Assigned by Elena Editor/).first()).toBeVisible();
});

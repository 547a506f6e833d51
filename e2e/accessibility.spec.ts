import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import type { Role } from "../lib/auth/roles.ts";
import { DEMO_EVENT } from "../prisma/seed/demo-data.ts";
import { storageStateFor } from "./roles.ts";
import { importArticle, openWorkspace, PAGE_LOAD, tagPassage } from "./tagging-helpers.ts";

// WCAG 2.1 A and AA, as axe checks them; "serious" and "critical" findings fail a page.
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const FAILING = new Set(["serious", "critical"]);
// The demo event's fixed id (prisma/seed/seed-demo.ts).
const DEMO_EVENT_PATH = "/events/00000000-0000-4000-8000-00000000de30";

interface CheckedPage {
  name: string;
  role: Role;
  /** Opens the page and brings it to the state worth checking (panels open, a tag selected…). */
  open(page: Page): Promise<void>;
}

/** The pages checked; add yours here. Each opens data it does not change, so specs may run alongside. */
const PAGES: CheckedPage[] = [
  {
    name: "tagging workspace with a selected tag, the definitions and the article form",
    role: "REVIEWER",
    async open(page) {
      // An article of its own, so the tag and the form it fills in disturb no other spec.
      const run = crypto.randomUUID().slice(0, 8);
      const title = `Axe check ${run}`;
      await importArticle(page, {
        title,
        event: `Axe check ${run}`,
        body: `The port authority said the new cranes would double capacity by spring, reference ${run}.`,
      });
      await openWorkspace(page, title);
      await tagPassage(page, "double capacity", "Other");
      const form = page.getByRole("region", { name: "Whole article" });
      await form.getByLabel("Primary frame").selectOption({ label: "Economic" });
      await expect(form.getByTestId("article-form-status")).toHaveText("Saved.");
      await page.getByRole("button", { name: /^Definitions/ }).click();
      await expect(page.getByRole("region", { name: "Definitions" })).toBeVisible();
    },
  },
  {
    name: "submitted tagging workspace with both reviewers' tags",
    role: "REVIEWER",
    async open(page) {
      // Both demo reviewers have submitted this one (prisma/seed/demo-tags.ts): read-only, everyone's tags.
      await openWorkspace(page, "Chemical plant fire forces evacuation of 4,200 in Port Calder");
      await expect(page.getByText("Submitted: your tags are final.")).toBeVisible();
      await expect(page.getByRole("region", { name: /^Tags/ }).getByText("another reviewer's").first()).toBeVisible();
    },
  },
  {
    name: "My queue",
    role: "REVIEWER",
    async open(page) {
      await page.goto("/tagging");
      await expect(page.getByRole("heading", { level: 1, name: "My queue" })).toBeVisible(PAGE_LOAD);
    },
  },
  {
    name: "article page",
    role: "REVIEWER",
    async open(page) {
      const title = "Chemical plant fire forces evacuation of 4,200 in Port Calder";
      await page.goto(`/articles?q=${encodeURIComponent(title)}`);
      await page.getByRole("link", { name: title }).first().click();
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible(PAGE_LOAD);
    },
  },
  {
    name: "events list",
    role: "EDITOR",
    async open(page) {
      await page.goto("/events");
      await expect(page.getByRole("link", { name: DEMO_EVENT.title })).toBeVisible(PAGE_LOAD);
    },
  },
  {
    name: "demo event page",
    role: "EDITOR",
    async open(page) {
      await page.goto(DEMO_EVENT_PATH);
      // The page streams its cards; the assignments card is among the last.
      await expect(page.getByRole("region", { name: "Assignments" })).toBeVisible({ timeout: 30_000 });
    },
  },
];

test.describe.configure({ timeout: 120_000 });

for (const checked of PAGES) {
  test.describe(() => {
    test.use({ storageState: storageStateFor(checked.role) });

    test(`${checked.name} has no serious or critical WCAG 2.1 AA violations`, async ({ page }) => {
      await checked.open(page);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      const failing = violations
        .filter((violation) => FAILING.has(violation.impact ?? ""))
        .map((violation) => ({
          rule: violation.id,
          impact: violation.impact,
          help: violation.help,
          where: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
        }));
      expect(failing).toEqual([]);
    });
  });
}

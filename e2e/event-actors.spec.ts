import { expect, test, type Locator } from "@playwright/test";
import { storageStateFor } from "./roles.ts";

// The demo event's fixed id (prisma/seed/seed-demo.ts).
const DEMO_EVENT_PATH = "/events/00000000-0000-4000-8000-00000000de30";

async function add(card: Locator, label: string, fields: Record<string, string>) {
  const form = card.getByRole("form", { name: label });
  // The disclosure stays open after a submission; clicking its summary again would close it.
  if (!(await form.isVisible())) await card.locator("summary", { hasText: label }).click();
  for (const [field, value] of Object.entries(fields)) await form.getByLabel(field).fill(value);
  await form.getByRole("button", { name: label }).click();
}

test.describe("event actors and claims as an editor", () => {
  test.use({ storageState: storageStateFor("EDITOR") });

  test("adds an actor with aliases and a claim, reorders them by keyboard and removes them", async ({ page }) => {
    test.slow(); // one long journey of a dozen server round trips
    // Unique per run: the end-to-end database outlives a run when its server is reused.
    const run = crypto.randomUUID().slice(0, 6);
    const actorName = `Harbor pilots ${run}`;
    const claimLabel = `Port closed for two days ${run}`;
    await page.goto(DEMO_EVENT_PATH);
    const actors = page.getByRole("region", { name: "Actors" });
    const claims = page.getByRole("region", { name: "Claims" });
    await expect(actors.getByRole("listitem").first()).toContainText("Meridian Polymers");

    await add(actors, "Add an actor", { Name: "meridian POLYMERS" });
    await expect(actors.getByTestId("form-error")).toContainText("already an actor of this event");
    await expect(actors.getByRole("form", { name: "Add an actor" }).getByLabel("Name")).toHaveValue(
      "meridian POLYMERS",
    );

    await add(actors, "Add an actor", { Name: actorName, Aliases: "the pilots\n  The Pilots \npilots' association" });
    const actor = actors.getByRole("listitem").filter({ hasText: actorName });
    await expect(actor).toContainText("Also: the pilots · pilots' association");
    await expect(actors.getByRole("listitem").last()).toContainText(actorName);

    await actor.getByRole("button", { name: `Move ${actorName} up` }).focus();
    await page.keyboard.press("Enter");
    await expect(actors.getByRole("listitem").nth(-2)).toContainText(actorName);
    await expect(actor.getByRole("button", { name: `Move ${actorName} up` })).toBeFocused();

    await add(claims, "Add a claim", { Label: claimLabel, Detail: "Harbor master's notice." });
    const claim = claims.getByRole("listitem").filter({ hasText: claimLabel });
    await expect(claim).toContainText("Harbor master's notice.");
    await claim.getByRole("button", { name: `Move ${claimLabel} up` }).click();
    await expect(claims.getByRole("listitem").nth(-2)).toContainText(claimLabel);

    await actor.getByRole("button", { name: `Edit ${actorName}` }).click();
    await actor
      .getByRole("form", { name: `Edit ${actorName}` })
      .getByLabel("Aliases")
      .fill("pilots");
    await actor.getByRole("button", { name: "Save changes" }).click();
    await expect(actor).toContainText("Also: pilots");
    await expect(actor.getByRole("form")).toHaveCount(0);

    for (const [card, row] of [
      [actors, actor],
      [claims, claim],
    ] as const) {
      await row.getByRole("button", { name: "Remove" }).click();
      await expect(row.getByRole("button", { name: "Cancel" })).toBeFocused();
      await row.getByRole("button", { name: "Yes, remove" }).click();
      await expect(row).toHaveCount(0);
      await expect(card.getByRole("listitem").first()).toBeVisible();
    }
  });
});

test.describe("event actors and claims as a reviewer", () => {
  test.use({ storageState: storageStateFor("REVIEWER") });

  test("reads the lists without any editing control", async ({ page }) => {
    await page.goto(DEMO_EVENT_PATH);
    const lists = page.getByRole("region", { name: /^(Actors|Claims)$/ });
    await expect(lists).toHaveCount(2);
    await expect(lists.first().getByRole("listitem").first()).toContainText("Also: Meridian · the company");
    await expect(lists.last().getByRole("listitem")).not.toHaveCount(0);
    await expect(lists.getByRole("button")).toHaveCount(0);
    await expect(lists.locator("summary")).toHaveCount(0);
  });
});

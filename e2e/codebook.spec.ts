import { expect, test, type Locator, type Page } from "@playwright/test";
import { storageStateFor } from "./roles.ts";

test.use({ storageState: storageStateFor("ADMIN") });

// Other specs tag under the newest version while this one runs: its edits leave alone every category they use
// (Economic, Morality, Attribution, Naming, the loaded-language ones), and it retires only Cultural identity.

/** The editor's row of a category, found by its code (labels change, codes never do). */
const rowOf = (editor: Locator, code: string) =>
  editor.getByRole("listitem").filter({ has: editor.page().locator("code", { hasText: new RegExp(`^${code}$`) }) });

async function openEditor(page: Page) {
  await page.goto("/admin/codebook");
  const editor = page.getByRole("region", { name: "Edit the next version" });
  await expect(editor.getByRole("button", { name: "Review changes" })).toBeEnabled(); // hydrated
  return editor;
}

/** Retires Cultural identity, or restores it where an earlier run against the same database retired it. */
async function toggleCulturalIdentity(editor: Locator): Promise<"Retired" | "Restored"> {
  const retire = editor.getByRole("button", { name: "Retire Cultural identity" });
  if (await retire.isVisible()) {
    await retire.click();
    await expect(editor.getByRole("button", { name: "Restore Cultural identity" })).toBeFocused();
    return "Retired";
  }
  await editor.getByText("Retired frames").click();
  await editor.getByRole("button", { name: "Restore Cultural identity" }).click();
  return "Restored";
}

test("an admin edits the codebook, reviews what changes and publishes the next version", async ({ page }) => {
  test.slow(); // a long journey through a big form
  const run = crypto.randomUUID().slice(0, 6);
  const editor = await openEditor(page);
  const version = Number(await page.getByTestId("current-version").textContent());

  // Rename a frame no other spec tags with; the old label is whatever the current version says.
  const quality = rowOf(editor, "frame.quality_of_life");
  await quality.getByRole("button", { name: /^Edit / }).click();
  const qualityLabel = quality.getByLabel("Label", { exact: true });
  const oldLabel = await qualityLabel.inputValue();
  await qualityLabel.fill(`Quality of life ${run}`);
  await expect(quality).toContainText("changed");

  const opinion = rowOf(editor, "frame.public_opinion");
  await opinion.getByRole("button", { name: "Edit Public opinion" }).click();
  await opinion
    .getByLabel("Definition")
    .fill(`What the public thinks or feels collectively: polls, protests (${run}).`);

  // A new frame: its code follows the label, and publishing is refused until it has a definition.
  await editor.getByLabel("New frame").fill(`Maritime heritage ${run}`);
  await editor.getByRole("button", { name: "Add frame" }).click();
  const heritage = rowOf(editor, `frame.maritime_heritage_${run}`);
  await expect(heritage.getByLabel("Definition", { exact: true })).toBeFocused();
  await editor.getByRole("button", { name: "Review changes" }).click();
  await expect(editor.getByTestId("form-error")).toContainText("Some fields need attention");
  await expect(heritage.getByLabel("Definition", { exact: true })).toBeFocused();
  await expect(heritage).toContainText("Write the definition reviewers read while tagging.");
  await expect(heritage.getByLabel("Label", { exact: true })).toHaveValue(`Maritime heritage ${run}`);
  await heritage
    .getByLabel("Definition", { exact: true })
    .fill("The port's seafaring past as part of how the city sees itself.");

  await heritage.getByRole("button", { name: "Add attribute" }).click();
  await expect(heritage.getByLabel("Attribute label")).toBeFocused();
  await heritage.getByLabel("Attribute label").fill("Era");
  await heritage.getByLabel("Type").selectOption({ label: "Choice of options" });
  await heritage.getByLabel("Option label").first().fill("Past");
  await heritage.getByLabel("Option label").last().fill("Present");
  await heritage.getByLabel("Option definition").last().fill("The port as it works today.");

  // Moved by keyboard: focus stays on the button, and the move is announced.
  const up = heritage.getByRole("button", { name: `Move Maritime heritage ${run} up` });
  await up.focus();
  await page.keyboard.press("Enter");
  await expect(up).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: `Maritime heritage ${run} moved up` })).toBeAttached();

  const retiredOrRestored = await toggleCulturalIdentity(editor);
  await editor.getByLabel(`Notes for version ${version + 1}`).fill(`Checked end to end (${run}).`);

  await editor.getByRole("button", { name: "Review changes" }).click();
  const review = editor.getByRole("region", { name: new RegExp(`^What changes in version ${version + 1}`) });
  await expect(review.getByRole("region", { name: "Added" })).toContainText(`Maritime heritage ${run}`);
  await expect(review.getByRole("region", { name: "Renamed" })).toContainText(`${oldLabel} → Quality of life ${run}`);
  await expect(review.getByRole("region", { name: "Definition changed" })).toContainText("Public opinion");
  await expect(review.getByRole("region", { name: retiredOrRestored })).toContainText("Cultural identity");
  await review.getByRole("button", { name: `Publish version ${version + 1}` }).click();

  await expect(page.getByTestId("published-notice")).toContainText(`Version ${version + 1} is published`);
  await expect(page.getByTestId("current-version")).toHaveText(String(version + 1));
  const history = page.getByRole("table", { name: "Codebook versions" });
  await expect(history.getByRole("row").nth(1)).toContainText(`Version ${version + 1}`);
  await expect(history.getByRole("row").nth(1)).toContainText(`Checked end to end (${run}).`);

  await history.getByRole("link", { name: `Version ${version + 1}` }).click();
  const changes = page.getByRole("region", { name: `Changes from version ${version}` });
  await expect(changes.getByRole("region", { name: "Renamed" })).toContainText(`Quality of life ${run}`);
  const attributes = page.getByRole("list", { name: `Attributes of Maritime heritage ${run}` });
  await expect(attributes).toContainText("Era");
  await expect(attributes.getByRole("listitem").filter({ hasText: /^Present/ })).toContainText(
    "The port as it works today.",
  );

  // The version before stays as it was published, old label included.
  await page.goto(`/admin/codebook/versions/${version}`);
  const frames = page.getByRole("region", { name: /^Frames/ });
  await expect(rowOf(frames, "frame.quality_of_life")).toContainText(oldLabel);
  await expect(rowOf(frames, "frame.quality_of_life")).not.toContainText(run);
});

test.describe("the codebook editor for others", () => {
  test.use({ storageState: storageStateFor("EDITOR") });

  test("is refused to an editor", async ({ page }) => {
    const response = await page.goto("/admin/codebook");
    expect(response?.status()).toBe(403);
  });
});

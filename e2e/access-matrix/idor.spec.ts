import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { storageStateFor } from "../roles.ts";
import { pageSignedInAs } from "../tagging-helpers.ts";
import { withE2eDatabase } from "./e2e-database.ts";
import { DEMO_EVENT_ID, publishSharedReport, stagePastedArticle } from "./route-ids.ts";
import { callFormAction, callServerAction, serverActionId } from "./server-action.ts";

// Ravi is the stored REVIEWER sign-in; Rosa, the second demo reviewer, signs in here.
const ROSA = "reviewer2@framewise.example";
const TAGGING_ACTIONS = "app/(app)/tagging/[articleId]/actions.ts";
const IMPORT_ACTIONS = "app/(app)/import/actions.ts";
test.describe.configure({ timeout: 180_000 });

async function rosaRequest(browser: Browser): Promise<APIRequestContext> {
  return (await pageSignedInAs(browser, ROSA)).context().request;
}

interface StoredTag {
  id: string;
  revision: number;
  article_id: string;
  category_id: string;
  start_offset: number;
  end_offset: number;
  quoted_text: string;
  attributes: Record<string, unknown>;
}

const RAVI_TAG = `
  SELECT a.id, a.revision, a.article_id, a.category_id, a.start_offset, a.end_offset, a.quoted_text, a.attributes
  FROM annotations a JOIN users u ON u.id = a.reviewer_id
  WHERE u.email = 'reviewer@framewise.example' AND a.layer = 'REVIEWER'`;

test("a reviewer can neither read, change nor delete another reviewer's tag by its id", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const tag = await withE2eDatabase(
    async (db) => (await db.query<StoredTag>(`${RAVI_TAG} ORDER BY a.created_at LIMIT 1`)).rows[0],
  );
  expect(tag, "the demo data gives Ravi tags").toBeTruthy();
  const path = `/tagging/${tag.article_id}`;
  const call = (client: APIRequestContext, name: string, args: unknown[]) =>
    callServerAction(client, baseURL!, path, serverActionId(TAGGING_ACTIONS, name), args);

  const ravi = await playwright.request.newContext({ baseURL, storageState: storageStateFor("REVIEWER") });
  const own = await call(ravi, "reloadTagAction", [tag.id]);
  expect(own.value, "the owner reads the tag through the same call").toMatchObject({ id: tag.id });

  const rosa = await rosaRequest(browser);
  expect((await call(rosa, "reloadTagAction", [tag.id])).value).toBeNull();
  const input = {
    articleId: tag.article_id,
    categoryId: tag.category_id,
    startOffset: tag.start_offset,
    endOffset: tag.end_offset,
    quotedText: tag.quoted_text,
    attributes: tag.attributes,
  };
  const update = await call(rosa, "updateTagAction", [tag.id, tag.revision, input]);
  expect(update.value).toMatchObject({ ok: false });
  const removal = await call(rosa, "deleteTagAction", [tag.id, tag.revision]);
  expect(removal.value).toMatchObject({ ok: false });

  const after = await withE2eDatabase(
    async (db) => (await db.query<StoredTag>(`${RAVI_TAG} AND a.id = $1`, [tag.id])).rows[0],
  );
  expect(after?.revision, "the tag is still there, unchanged").toBe(tag.revision);
  await ravi.dispose();
});

test("a reviewer's unsaved import is seen and changed only by them and admins, whatever the way in", async ({
  browser,
  baseURL,
}) => {
  const stamp = randomUUID().slice(0, 8);
  const ravi = await (await browser.newContext({ storageState: storageStateFor("REVIEWER") })).newPage();
  const batchId = await stagePastedArticle(ravi, `Harbour levy ${stamp}\n\nThe levy vote ${stamp} was delayed.`);
  const path = `/import/${batchId}`;
  const action = (name: string) => serverActionId(IMPORT_ACTIONS, name);
  const unknown = { error: expect.stringMatching(/This import no longer exists/) };

  const rosaPage = await pageSignedInAs(browser, ROSA);
  const rosa = rosaPage.context().request;
  expect((await rosa.get(path, { maxRedirects: 0 })).status(), "the preview page").toBe(404);
  expect((await rosa.get(`/api/imports/${batchId}`)).status(), "its progress").toBe(404);
  await rosaPage.goto("/import");
  await expect(rosaPage.locator(`a[href="${path}"]`), "the recent imports list").toHaveCount(0);
  const discard = await callServerAction(rosa, baseURL!, path, action("discardBatchAction"), [batchId]);
  expect(discard.redirect).toBeNull();
  expect(discard.value).toMatchObject(unknown);
  const confirm = await callFormAction(rosa, baseURL!, path, action("confirmImportAction"), [batchId, {}], {
    eventMode: "new",
    newEventTitle: `Taken over ${stamp}`,
  });
  expect(confirm.redirect).toBeNull();
  expect(confirm.value).toMatchObject(unknown);
  const outlets = await callFormAction(rosa, baseURL!, path, action("decideOutletsAction"), [batchId, {}], {
    allNew: "1",
    "name.0": "Anything",
  });
  expect(outlets.value).toMatchObject(unknown);

  const editor = (await browser.newContext({ storageState: storageStateFor("EDITOR") })).request;
  expect((await editor.get(path, { maxRedirects: 0 })).status(), "editors do not import").toBe(403);
  const admin = await (await browser.newContext({ storageState: storageStateFor("ADMIN") })).newPage();
  await admin.goto(path);
  await expect(admin.getByTestId("others-preview")).toContainText("Started by Ravi Reviewer");
  await expect(admin.getByRole("form", { name: "Confirm import" })).toBeVisible();

  await ravi.reload();
  await expect(ravi.getByRole("form", { name: "Confirm import" }), "the batch is still Ravi's preview").toBeVisible();
  const discarded = await callServerAction(ravi.context().request, baseURL!, path, action("discardBatchAction"), [
    batchId,
  ]);
  expect(discarded.redirect, "the owner's own discard goes through the same call").toMatch(/\/import\?discarded=1/);
});

test("a share link opens its own report and nothing else", async ({ browser }) => {
  const stamp = randomUUID().slice(0, 8);
  const editor = await (await browser.newContext({ storageState: storageStateFor("EDITOR") })).newPage();
  const first = await publishSharedReport(editor, DEMO_EVENT_ID, `Shared first ${stamp}`);
  const second = await publishSharedReport(editor, DEMO_EVENT_ID, `Shared second ${stamp}`);

  const stranger = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await stranger.goto(first.link);
  await expect(stranger.getByRole("heading", { level: 1 })).toHaveText(`Shared first ${stamp}`);
  await expect(stranger.getByText(`Shared second ${stamp}`)).toHaveCount(0);

  const request = stranger.context().request;
  const answers = await Promise.all(
    [
      `/print/reports/${first.reportId}?key=${first.token}`,
      `/print/reports/${second.reportId}?key=${first.token}`,
      `/api/reports/${first.reportId}/pdf?token=${first.token}`,
      `/reports/${first.reportId}?token=${first.token}`,
      `/shared/${first.token.slice(0, -1)}${first.token.endsWith("A") ? "B" : "A"}`,
    ].map(async (path) => [path, (await request.get(path, { maxRedirects: 0 })).status()] as const),
  );
  expect(answers).toEqual([
    [expect.any(String), 404],
    [expect.any(String), 404],
    [expect.any(String), 401],
    [expect.any(String), 307],
    [expect.any(String), 404],
  ]);
});

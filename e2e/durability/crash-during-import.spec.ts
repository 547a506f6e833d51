import { expect, test, type APIRequestContext } from "@playwright/test";
import { serverActionId } from "../access-matrix/server-action.ts";
import { startDedicatedServer, type DedicatedServer } from "./dedicated-server.ts";
import { signedIn } from "./sign-in.ts";

// Issue 13, "nothing lost": the app server is SIGKILLed in the middle of saving a large import. Nothing of the
// batch may be visible afterwards, the batch must still be saved after the restart, and saving it again (or
// importing the same file again) must store no article twice.
test.describe.configure({ timeout: 600_000 });

const IMPORT_ACTIONS = "app/(app)/import/actions.ts";
const ROWS = 6_000;
const RUN = Date.now().toString(36);
const SYLLABLES = "ka lo mi ra te su no vi de pa zo ge fu ri ba to".split(" ");

let server: DedicatedServer;
test.beforeAll(async () => {
  test.setTimeout(300_000);
  server = await startDedicatedServer("import-crash", { port: 3632, pgPort: 55633 });
});
test.afterAll(async () => server?.close());

/** A CSV of `ROWS` distinct articles from a demo outlet (so no new outlet needs deciding). */
function coverageCsv(): Buffer {
  const lines = ["outlet,url,title,published_at,body"];
  for (let row = 0; row < ROWS; row += 1) {
    const body = madeUpText(row);
    lines.push(
      `Harbor Wire,https://harborwire.example/crash-${RUN}/${row},Crash test story ${RUN} ${row},2026-03-11,"Story ${row} of run ${RUN}: ${body}."`,
    );
  }
  return Buffer.from(lines.join("\n"));
}

/** 80 made-up words drawn from 4,096 by a generator seeded with the row: no body is a near copy of another. */
function madeUpText(row: number): string {
  let seed = (row * 2_654_435_761 + 12_345) % 2 ** 32;
  const next = () => (seed = (seed * 1_664_525 + 1_013_904_223) % 2 ** 32) >>> 20;
  const word = () => SYLLABLES[next() % 16]! + SYLLABLES[next() % 16]! + SYLLABLES[next() % 16]!;
  return Array.from({ length: 80 }, word).join(" ");
}

/** Posts a server action's form as React does: fields of the FormData argument prefixed `_1_`, arguments in `0`. */
async function postForm(
  request: APIRequestContext,
  path: string,
  action: string,
  args: string,
  fields: Record<string, string | File>,
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(`_1_${name}`, value);
  form.append("0", args);
  const response = await request.post(path, {
    headers: {
      "Next-Action": serverActionId(IMPORT_ACTIONS, action),
      Accept: "text/x-component",
      Origin: server.origin,
    },
    multipart: form,
    maxRedirects: 0,
    timeout: 240_000,
  });
  expect(response.status()).toBeLessThan(400);
  return response.headers()["x-action-redirect"] ?? "";
}

/** Stages the file through the Import page's action and confirms it into a new event; returns the batch id. */
async function importFile(request: APIRequestContext, csv: Buffer, eventTitle: string): Promise<string> {
  const staged = await postForm(request, "/import", "stageImportAction", '[{},"$K1"]', {
    source: "file",
    file: new File([new Uint8Array(csv)], "crash.csv", { type: "text/csv" }),
  });
  const batchId = /\/import\/([0-9a-f-]{36})/.exec(staged)?.[1];
  expect(batchId, `stage answered ${staged}`).toBeTruthy();
  await postForm(request, `/import/${batchId}`, "confirmImportAction", `["${batchId}",{},"$K1"]`, {
    eventMode: "new",
    newEventTitle: eventTitle,
  });
  return batchId!;
}

const one = async <T>(query: string, values: unknown[]) => (await server.sql.query(query, values)).rows[0] as T;
const batchState = (batchId: string) =>
  one<{ status: string; processed_rows: number; created_count: number }>(
    "SELECT status, processed_rows, created_count FROM import_batches WHERE id = $1",
    [batchId],
  );
const storedArticles = async (like: string) =>
  one<{ rows: number; distinct_urls: number }>(
    "SELECT count(*)::int AS rows, count(DISTINCT canonical_url)::int AS distinct_urls FROM articles WHERE title LIKE $1",
    [like],
  );

/** Polls the database until `ready` holds (a condition, not a fixed wait). */
async function until<T>(read: () => Promise<T>, ready: (value: T) => boolean, timeoutMs = 240_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ready(value)) return value;
    if (Date.now() > deadline) throw new Error(`Still not ready: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

test("SIGKILL mid-import: no half batch is visible, the batch is saved after restart, and again without duplicates", async ({
  browser,
}) => {
  const { context, page } = await signedIn(browser, server.origin, "admin@framewise.example");
  const csv = coverageCsv();
  const titles = `Crash test story ${RUN} %`;
  const batchId = await importFile(context.request, csv, `Crash test event ${RUN}`);

  // Kill while the save is under way: some rows written inside its transaction, the commit still ahead.
  const midway = await until(
    () => batchState(batchId),
    (batch) => batch.status !== "QUEUED" && (batch.processed_rows > 0 || batch.status !== "RUNNING"),
  );
  await server.kill();
  expect(midway.status, "the save finished before the kill; make the batch larger").toBe("RUNNING");
  expect(midway.processed_rows).toBeLessThan(ROWS);
  expect(await storedArticles(titles)).toEqual({ rows: 0, distinct_urls: 0 });
  expect(await one("SELECT count(*)::int AS n FROM articles WHERE batch_id = $1", [batchId])).toEqual({ n: 0 });

  // After the restart the interrupted batch is queued again and saved whole, once.
  await server.start();
  const saved = await until(
    () => batchState(batchId),
    (batch) => batch.status === "COMPLETED" || batch.status === "FAILED",
  );
  expect(saved).toMatchObject({ status: "COMPLETED", created_count: ROWS, processed_rows: ROWS });
  expect(await storedArticles(titles)).toEqual({ rows: ROWS, distinct_urls: ROWS });
  await page.goto(`/import/${batchId}`);
  await expect(page.getByTestId("import-outcome")).toContainText(`${ROWS} new articles saved`);

  // Trying the same file again stores nothing twice: every row is now a duplicate.
  const again = await importFile(context.request, csv, `Crash test event ${RUN} again`);
  expect(
    await until(
      () => batchState(again),
      (batch) => batch.status === "COMPLETED" || batch.status === "FAILED",
    ),
  ).toMatchObject({
    status: "COMPLETED",
    created_count: 0,
  });
  expect(await storedArticles(titles)).toEqual({ rows: ROWS, distinct_urls: ROWS });
});

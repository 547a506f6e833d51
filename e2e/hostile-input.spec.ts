import { expect, test, type APIRequestContext } from "@playwright/test";
import { discoverRoutes } from "./access-matrix/discover-routes.ts";
import { collectRouteIds } from "./access-matrix/route-ids.ts";
import { callFormAction, callServerAction, serverActionId } from "./access-matrix/server-action.ts";
import { ACCESS_MATRIX, addressFor, type RouteIds } from "./access-matrix/table.ts";
import { storageStateFor } from "./roles.ts";

// Hostile input answers with a clear 4xx or a message the user can act on, never a 500.
test.describe.configure({ mode: "serial", timeout: 300_000 });
test.use({ storageState: storageStateFor("ADMIN") });

const IMPORT_ACTIONS = "app/(app)/import/actions.ts";
const MB = 1024 * 1024;

/** Posts the Import page's file form to its server action as the browser does (the form state, then the form). */
async function stageFile(client: APIRequestContext, origin: string, file: { name: string; buffer: Buffer }) {
  const upload = new File([new Uint8Array(file.buffer)], file.name, { type: "application/octet-stream" });
  const stage = serverActionId(IMPORT_ACTIONS, "stageImportAction");
  return callFormAction(client, origin, "/import", stage, [{}], { source: "file", file: upload });
}

let ids: RouteIds;
test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  ids = await collectRouteIds(browser);
});

const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);

const HOSTILE_FILES: { name: string; what: string; buffer: Buffer }[] = [
  { name: "nested.json", what: "JSON nested 100,000 deep", buffer: Buffer.from(nested(100_000)) },
  {
    name: "nested-object.json",
    what: "an article whose body is an object nested 50,000 deep",
    buffer: Buffer.from(`[{"title":"t","body":${'{"a":'.repeat(50_000)}1${"}".repeat(50_000)}}]`),
  },
  {
    name: "invalid-utf8.csv",
    what: "a CSV with bytes that are not UTF-8",
    buffer: Buffer.concat([
      Buffer.from("outlet,url,title,body\nWire,https://a.example/1,"),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]),
      Buffer.from(",text\n"),
    ]),
  },
  {
    name: "unbalanced.csv",
    what: "a CSV with an unclosed quote and ragged rows",
    buffer: Buffer.from('outlet,url,title,body\n"Wire,https://a.example/1,"T\nx,y\n,,,,,,,,,,\n"\u0000"'),
  },
  { name: "only-header.csv", what: "a CSV with a header and no rows", buffer: Buffer.from("outlet,url,title,body\n") },
  {
    name: "binary.csv",
    what: "random binary named .csv",
    buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 73) % 256)),
  },
  { name: "empty-ish.json", what: "JSON that is a bare string", buffer: Buffer.from('"just a string"') },
  {
    name: "bom.ndjson",
    what: "NDJSON with a BOM and a broken line",
    buffer: Buffer.from('\ufeff{"title":"a"}\n{"title":\n'),
  },
];

test("hostile import files get a readable refusal, never a server error", async ({ page, baseURL }) => {
  const outcomes: string[] = [];
  for (const file of HOSTILE_FILES) {
    const answer = await stageFile(page.request, baseURL!, file);
    const error = (answer.value as { error?: string } | undefined)?.error;
    outcomes.push(`${file.what}: ${answer.status} ${answer.redirect ?? error}`);
    expect(answer.status, file.what).toBeLessThan(500);
    // Either staged for review (its rows' problems listed there) or refused with a reason the user can read.
    expect(answer.redirect ?? error, file.what).toMatch(/^\/import\/[0-9a-f-]{36}(;push)?$|^[A-Z].*\.$/);
    expect(JSON.stringify(answer.value ?? ""), file.what).not.toMatch(/discriminator|fieldErrors/);
  }
  console.log(outcomes.join("\n"));
});

test("a file just over the 50 MB limit is refused with its size", async ({ page, baseURL }) => {
  const justOver = await stageFile(page.request, baseURL!, {
    name: "big.csv",
    buffer: Buffer.alloc(50 * MB + 1024, 0x61),
  });
  expect(justOver.status).toBeLessThan(500);
  expect(JSON.stringify(justOver.value)).toContain("larger than 50 MB");
});

test("server actions given hostile arguments refuse them without a server error", async ({ page, baseURL }) => {
  const { articleId, batchId } = ids;
  const tagging = "app/(app)/tagging/[articleId]/actions.ts";
  // Deep arguments are written as text: JSON.stringify (here) would overflow this client's own stack first.
  const deep = (depth: number) => ({ body: `[${nested(depth)}]`, what: `an argument nested ${depth} deep` });
  const calls: [string, unknown[] | { body: string; what: string }][] = [
    ["reloadTagAction", ["not-a-uuid"]],
    ["reloadTagAction", [{ $ne: null }]],
    ["deleteTagAction", ["' OR 1=1 --", -1]],
    ["createTagAction", deep(5_000)],
    ["createTagAction", deep(100_000)],
    ["createTagAction", [{ articleId: "x".repeat(100_000), quotedText: "<script>alert(1)</script>" }]],
    ["submitArticleAction", ["../../etc/passwd"]],
  ];
  const admin = page.request;
  for (const [name, args] of calls) {
    const answer = await callServerAction(
      admin,
      baseURL!,
      `/tagging/${articleId}`,
      serverActionId(tagging, name),
      args,
    );
    const what = Array.isArray(args) ? JSON.stringify(args).slice(0, 60) : args.what;
    expect(answer.status, `${name}(${what})`).toBeLessThan(500);
  }
  const discard = serverActionId(IMPORT_ACTIONS, "discardBatchAction");
  const answer = await callServerAction(admin, baseURL!, `/import/${batchId}`, discard, ["not-a-batch"]);
  expect(answer.status).toBeLessThan(500);
  // The same depth in a form's multipart reply.
  const stage = serverActionId(IMPORT_ACTIONS, "stageImportAction");
  const deepForm = { body: `[${nested(5_000)},"$K1"]` };
  const staged = await callFormAction(admin, baseURL!, "/import", stage, deepForm, { source: "paste", text: "x" });
  expect(staged.status, "stageImportAction(a form state nested 5000 deep)").toBeLessThan(500);
});

// Every dynamic segment of every route, given values no link would carry.
const HOSTILE_SEGMENTS = [
  "not-a-uuid",
  "00000000-0000-4000-8000-000000000000",
  "%00",
  "..%2F..%2Fetc%2Fpasswd",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "'%20OR%201=1--",
  "x".repeat(3000),
];
// Percent-encodings that decode to no UTF-8 text.
const MALFORMED_SEGMENTS = ["%E0%A4%A", "%FF%FE"];

function dynamicRoutes() {
  return discoverRoutes().filter((route) => route.includes("[") && route in ACCESS_MATRIX);
}

/** The route's real address with its id segment replaced by a hostile value. */
function hostileAddress(route: string, hostile: string): string {
  return addressFor(route, ids).replace(
    /[0-9a-f]{8}-[0-9a-f-]{27}|(?<=\/shared\/)[\w-]{43}|(?<=versions\/)\d+/,
    hostile,
  );
}

async function serverErrors(request: APIRequestContext, segments: string[]): Promise<string[]> {
  const failures: string[] = [];
  for (const route of dynamicRoutes()) {
    const method = route.startsWith("PAGE ") ? "GET" : route.slice(0, route.indexOf(" "));
    for (const hostile of segments) {
      const address = hostileAddress(route, hostile);
      const response = await request.fetch(address, { method, maxRedirects: 0 });
      if (response.status() >= 500) failures.push(`${route}: ${address.slice(0, 120)} → ${response.status()}`);
    }
  }
  return failures;
}

test("an id segment that is not valid percent-encoded UTF-8 gets a 4xx", async ({ page }) => {
  expect(await serverErrors(page.request, MALFORMED_SEGMENTS)).toEqual([]);
});

test("every route answers a hostile id or query with a 4xx or a page, never a 500", async ({ page }) => {
  const failures = await serverErrors(page.request, HOSTILE_SEGMENTS);
  const queries = [
    `/articles?q=${"%3Cscript%3E".repeat(2000)}`,
    "/articles?page=-1&outlet=not-a-uuid&from=2026-13-45&to=yesterday",
    "/articles?page=1e309&sort=%00",
    `/events/${ids.eventId}/compare?outlets=a,b,%00&version=abc&from=x&basis=%3Cscript%3E`,
    `/events/${ids.eventId}/compare?window=99999999999&bucket=year`,
    `/events/${ids.eventId}/agreement?version=-5`,
    `/reports/new?event=${ids.eventId}&version=999&outlets=zzz`,
    `/api/exports/articles?event=${ids.eventId}&format=xml`,
    "/api/exports/articles?event=not-a-uuid&format=csv",
    `/api/exports/tags?event=${ids.eventId}&format=csv&pseudonymise=%00&from=notadate`,
    "/api/exports/%3Cscript%3E/dictionary?format=pdf",
    `/import/${ids.batchId}?page=-3`,
    `/import/${ids.batchId}?page=${"9".repeat(400)}`,
    "/set-password?token=" + "A".repeat(5000),
    "/login?callbackUrl=javascript:alert(1)",
    "/login?callbackUrl=https://evil.example/",
  ];
  for (const address of queries) {
    const response = await page.request.get(address, { maxRedirects: 0 });
    if (response.status() >= 500) failures.push(`${address.slice(0, 120)} → ${response.status()}`);
  }
  expect(failures).toEqual([]);
});

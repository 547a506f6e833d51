import { expect, test } from "@playwright/test";
import {
  highlight,
  keyOf,
  PAGE_LOAD,
  selectWithMouse,
  tagList,
  tagPassage,
  workspaceStatus,
} from "../tagging-helpers.ts";
import { startDedicatedServer, type DedicatedServer } from "./dedicated-server.ts";
import { signedIn } from "./sign-in.ts";

// Issue 13, "nothing lost": Postgres stops while a reviewer tags, then the app server is killed. The workspace says that it cannot save and that
// the changes wait, keeps them on screen, sends them again on its own, and once Postgres is back each is saved
// once. The spec stops the database of a server of its own, never the shared one.
test.describe.configure({ timeout: 300_000 });

let server: DedicatedServer;
test.beforeAll(async () => {
  test.setTimeout(300_000);
  server = await startDedicatedServer("db-outage", { port: 3633, pgPort: 55634 });
});
test.afterAll(async () => server?.close());

const OUTAGE = { timeout: 30_000 };
const ONE_WAITING = "Can't reach the server — your last change is waiting and will be saved automatically.";
const ALL_SAVED = "Connected again — all your changes are saved.";

test("tags made while Postgres or the server is down wait, are saved once it is back, and are stored once", async ({
  browser,
}) => {
  const { page } = await signedIn(browser, server.origin, "reviewer@framewise.example");
  const { rows } = await server.sql.query("SELECT id FROM articles WHERE title LIKE 'Meridian fire idles%'");
  await page.goto(`/tagging/${rows[0].id}`);
  await expect(page.getByTestId("tagged-text")).toBeVisible(PAGE_LOAD);
  await tagPassage(page, "Aaron Feld", "Economic");
  const banner = page.getByTestId("connection-banner").getByRole("status");
  await expect(banner).toBeEmpty();

  await server.stopDatabase();
  await selectWithMouse(page, "Tideway Bakery");
  await page.keyboard.press(await keyOf(page, "Economic"));
  await expect(banner).toHaveText(ONE_WAITING, OUTAGE);
  await expect(highlight(page, "Economic", "Tideway Bakery")).toBeVisible();
  await expect(tagList(page).getByRole("button", { name: /Tideway Bakery.*not saved yet/ })).toBeVisible();
  await selectWithMouse(page, "Kevin Tran");
  await page.keyboard.press(await keyOf(page, "Economic"));
  await expect(banner).toContainText("your last 2 changes are waiting");
  await expect(highlight(page, "Economic", "Kevin Tran")).toBeVisible();

  await server.startDatabase();
  await expect(banner).toHaveText(ALL_SAVED, OUTAGE);
  await expect(workspaceStatus(page)).toContainText("Tagged “Kevin Tran” as Economic.");

  await page.reload();
  await expect(highlight(page, "Economic", "Tideway Bakery")).toBeVisible(PAGE_LOAD);
  await expect(highlight(page, "Economic", "Kevin Tran")).toBeVisible();
  const stored = await server.sql.query(
    `SELECT quoted_text, count(*)::int AS tags FROM annotations a JOIN users u ON u.id = a.reviewer_id
     WHERE u.email = 'reviewer@framewise.example' AND quoted_text IN ('Tideway Bakery', 'Kevin Tran', 'Aaron Feld')
     GROUP BY quoted_text ORDER BY quoted_text`,
  );
  expect(stored.rows).toEqual([
    { quoted_text: "Aaron Feld", tags: 1 },
    { quoted_text: "Kevin Tran", tags: 1 },
    { quoted_text: "Tideway Bakery", tags: 1 },
  ]);

  // The app server itself is killed: saves now fail as network errors, and are kept and sent again the same way.
  await server.kill();
  await selectWithMouse(page, "Janet Okafor");
  await page.keyboard.press(await keyOf(page, "Economic"));
  await expect(banner).toHaveText(ONE_WAITING, OUTAGE);
  await server.start();
  await expect(banner).toHaveText(ALL_SAVED, OUTAGE);
  const okafor = await server.sql.query(
    `SELECT count(*)::int AS tags FROM annotations a JOIN users u ON u.id = a.reviewer_id
     WHERE u.email = 'reviewer@framewise.example' AND quoted_text = 'Janet Okafor'`,
  );
  expect(okafor.rows).toEqual([{ tags: 1 }]);
});

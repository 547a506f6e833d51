import { expect, test, type APIResponse } from "@playwright/test";
import { discoverRoutes } from "./access-matrix/discover-routes.ts";
import { collectRouteIds } from "./access-matrix/route-ids.ts";
import { ACCESS_MATRIX, addressFor, VISITORS, type Answer, type RouteIds } from "./access-matrix/table.ts";
import { storageStateFor } from "./roles.ts";

const routes = discoverRoutes();

test("every page and route handler method has an entry in the access matrix, and every entry a route", () => {
  expect(routes.length).toBeGreaterThan(30);
  expect(
    routes.filter((route) => !(route in ACCESS_MATRIX)),
    "routes missing from ACCESS_MATRIX",
  ).toEqual([]);
  expect(
    Object.keys(ACCESS_MATRIX).filter((route) => !routes.includes(route)),
    "entries without a route",
  ).toEqual([]);
});

test.describe("answers", () => {
  // One request per route and visitor, in one worker: the ids are created once, and the two PDF renders are slow.
  test.describe.configure({ mode: "serial", timeout: 300_000 });
  let ids: RouteIds;
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(300_000);
    ids = await collectRouteIds(browser);
  });

  function answerOf(response: APIResponse): Answer | number {
    const status = response.status();
    if (status < 300 || status >= 400) return status;
    const location = new URL(response.headers().location ?? "", response.url());
    return location.pathname === "/login" ? "login" : "redirect";
  }

  for (const visitor of VISITORS) {
    test(`every route answers ${visitor} as the matrix says`, async ({ playwright, baseURL }) => {
      const storageState = visitor === "anonymous" ? { cookies: [], origins: [] } : storageStateFor(visitor);
      const client = await playwright.request.newContext({ baseURL, storageState });
      const mismatches: string[] = [];
      for (const route of routes.filter((one) => one in ACCESS_MATRIX)) {
        const method = route.startsWith("PAGE ") ? "GET" : route.slice(0, route.indexOf(" "));
        const address = addressFor(route, ids);
        const response = await client.fetch(address, { method, maxRedirects: 0, timeout: 120_000 });
        const expected = ACCESS_MATRIX[route].answers[visitor];
        const actual = answerOf(response);
        if (actual !== expected)
          mismatches.push(`${route} (${method} ${address}): expected ${expected}, got ${actual}`);
      }
      await client.dispose();
      expect(mismatches).toEqual([]);
    });
  }
});

import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { findOutletByAnyName } from "./find-outlet-by-any-name.ts";

describe("findOutletByAnyName", () => {
  it("finds an outlet by name, alias or domain, however it is typed", async () => {
    const outlet = await db().outlet.create({
      data: { name: "Al Jadeed", aliases: ["New TV"], domains: { create: [{ domain: "aljadeed.tv" }] } },
    });
    const expected = { id: outlet.id, name: "Al Jadeed" };

    for (const text of [
      "al jadeed",
      "  AL   JADEED ",
      "new tv",
      "aljadeed.tv",
      "www.AlJadeed.tv",
      "https://www.aljadeed.tv/news/1",
    ])
      expect(await findOutletByAnyName(text), text).toEqual(expected);
  });

  it("answers null for a name that only resembles one", async () => {
    await db().outlet.create({
      data: { name: "Resembled Outlet", domains: { create: [{ domain: "resembled.example" }] } },
    });
    for (const text of ["Resembled", "resembled", "resembled.example.org", ""])
      expect(await findOutletByAnyName(text), text).toBeNull();
  });
});

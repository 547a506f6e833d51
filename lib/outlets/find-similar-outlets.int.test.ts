import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { findSimilarOutlets } from "./find-similar-outlets.ts";

describe("findSimilarOutlets", () => {
  it("finds outlets whose name, alias or domain looks like each proposed name", async () => {
    const lbci = await db().outlet.create({
      data: { name: "LBCI (lbcgroup.tv)", domains: { create: [{ domain: "lbcgroup.tv" }] } },
    });
    const sentinel = await db().outlet.create({ data: { name: "The Bayside Sentinel", aliases: ["Sentinel"] } });
    const mtv = await db().outlet.create({
      data: { name: "MTV Lebanon", domains: { create: [{ domain: "mtv.com.lb" }] } },
    });

    const similar = await findSimilarOutlets([
      "LBCI",
      "lbcgroup",
      "LBC Group",
      "bayside sentinel",
      "Sentinel Daily",
      "MTV",
      "Unrelated",
      "LBC",
    ]);

    const ref = (outlet: { id: string; name: string }) => ({ id: outlet.id, name: outlet.name });
    expect(Object.fromEntries(similar)).toEqual({
      LBCI: [ref(lbci)],
      lbcgroup: [ref(lbci)],
      "LBC Group": [ref(lbci)],
      "bayside sentinel": [ref(sentinel)],
      "Sentinel Daily": [ref(sentinel)],
      MTV: [ref(mtv)],
      Unrelated: [],
      LBC: [],
    });
  });

  it("lists every outlet that looks alike, by name", async () => {
    await db().outlet.create({ data: { name: "Zeta Times" } });
    await db().outlet.create({ data: { name: "Zeta" } });
    const similar = await findSimilarOutlets(["zeta"]);
    expect(similar.get("zeta")?.map((outlet) => outlet.name)).toEqual(["Zeta", "Zeta Times"]);
  });
});

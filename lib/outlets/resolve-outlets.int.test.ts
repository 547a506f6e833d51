import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { makeOutlet } from "../../test/factories.ts";
import { createMissingOutlets, matchOutlets } from "./resolve-outlets.ts";

async function makeLbci() {
  return db().outlet.create({
    data: {
      name: "LBCI (lbcgroup.tv)",
      aliases: ["LBCI", "LBC International"],
      domains: { create: [{ domain: "lbcgroup.tv" }] },
    },
  });
}

describe("matchOutlets", () => {
  it("matches by domain first, then by name or alias, ignoring case and spacing", async () => {
    const lbci = await makeLbci();
    const wire = await makeOutlet("Match Wire");

    const resolved = await matchOutlets(db(), [
      { name: " lbci  ", url: null },
      { name: "lbc   international", url: null },
      { name: "Someone Else", url: "https://www.lbcgroup.tv/news/1" },
      { name: "MATCH WIRE", url: null },
      { name: "  The New   Outlet ", url: "https://new-outlet.example/a" },
      { name: null, url: null },
    ]);

    expect(resolved).toEqual([
      { id: lbci.id, name: "LBCI (lbcgroup.tv)", domain: null },
      { id: lbci.id, name: "LBCI (lbcgroup.tv)", domain: null },
      { id: lbci.id, name: "LBCI (lbcgroup.tv)", domain: "lbcgroup.tv" },
      { id: wire.id, name: "Match Wire", domain: null },
      { id: null, name: "The New Outlet", domain: "new-outlet.example" },
      null,
    ]);
  });

  it("prefers the outlet a text names over one that lists it as an alias", async () => {
    const named = await db().outlet.create({ data: { name: "Echo" } });
    await db().outlet.create({ data: { name: "Echo Weekly", aliases: ["echo"] } });
    const [resolved] = await matchOutlets(db(), [{ name: "ECHO", url: null }]);
    expect(resolved?.id).toBe(named.id);
  });
});

describe("createMissingOutlets", () => {
  it("resolves an alias to the existing outlet and creates only new names, once each", async () => {
    const lbci = await db().outlet.create({ data: { name: "Alias Owner", aliases: ["AO News"] } });
    const ids = await db().$transaction(async (tx) =>
      createMissingOutlets(tx, [
        { id: null, name: "ao news", domain: null },
        { id: null, name: "Fresh Outlet", domain: "fresh.example" },
        { id: null, name: "fresh outlet", domain: null },
      ]),
    );

    expect(ids.get("ao news")).toBe(lbci.id);
    const fresh = await db().outlet.findMany({ where: { name: { startsWith: "Fresh", mode: "insensitive" } } });
    expect(fresh).toHaveLength(1);
    expect(ids.get("fresh outlet")).toBe(fresh[0].id);
    expect(await db().outlet.count({ where: { name: { equals: "ao news", mode: "insensitive" } } })).toBe(0);
  });
});

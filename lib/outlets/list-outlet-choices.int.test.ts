import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { listOutletChoices } from "./list-outlet-choices.ts";

describe("listOutletChoices", () => {
  it("lists every outlet with its aliases and domains, by name", async () => {
    const zulu = await db().outlet.create({
      data: {
        name: "Zulu News",
        aliases: ["ZN"],
        domains: { create: [{ domain: "zulu.example" }, { domain: "a-zulu.example" }] },
      },
    });
    const alpha = await db().outlet.create({ data: { name: "Alpha Daily" } });

    expect(await listOutletChoices()).toEqual([
      { id: alpha.id, name: "Alpha Daily", aliases: [], domains: [] },
      { id: zulu.id, name: "Zulu News", aliases: ["ZN"], domains: ["a-zulu.example", "zulu.example"] },
    ]);
  });
});

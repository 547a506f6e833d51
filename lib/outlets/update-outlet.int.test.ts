import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { makeOutlet, makeUser } from "../../test/factories.ts";
import { outletDetailsSchema } from "./schemas.ts";
import { OutletConflictError, updateOutlet } from "./update-outlet.ts";

describe("updateOutlet", () => {
  it("replaces details and domains and records before and after in the audit log", async () => {
    const admin = await makeUser("ADMIN");
    const outlet = await makeOutlet("Ledger");
    const details = outletDetailsSchema.parse({
      name: "The Calder Ledger",
      country: "us",
      language: "en-US",
      notes: "Owned by Calder Media Group",
      domains: "www.calderledger.example, https://ledger.example/news",
    });

    await updateOutlet(outlet.id, details, admin.id);

    const saved = await db().outlet.findUniqueOrThrow({
      where: { id: outlet.id },
      include: { domains: { orderBy: { domain: "asc" } } },
    });
    expect(saved).toMatchObject({
      name: "The Calder Ledger",
      country: "US",
      language: "en-US",
      notes: "Owned by Calder Media Group",
    });
    expect(saved.domains.map((d) => d.domain)).toEqual(["calderledger.example", "ledger.example"]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: outlet.id, action: "outlet.update" } });
    expect(audit.actorId).toBe(admin.id);
    expect(audit.before).toMatchObject({ name: "Ledger", domains: ["ledger.example"] });
  });

  it("refuses a domain that belongs to another outlet, changing nothing", async () => {
    const admin = await makeUser("ADMIN");
    const [wire, other] = await Promise.all([makeOutlet("Wire"), makeOutlet("Other")]);
    const details = outletDetailsSchema.parse({ name: "Other", domains: "wire.example" });
    await expect(updateOutlet(other.id, details, admin.id)).rejects.toThrow(
      new OutletConflictError("wire.example already belongs to Wire."),
    );
    expect(await db().outletDomain.findUnique({ where: { domain: "wire.example" } })).toMatchObject({
      outletId: wire.id,
    });
  });

  it("saves aliases tidied, once each and never the name itself, and audits them", async () => {
    const admin = await makeUser("ADMIN");
    const outlet = await makeOutlet("LBCI (lbcgroup.tv)");
    const details = outletDetailsSchema.parse({
      name: "LBCI  (lbcgroup.tv) ",
      aliases: " LBCI ,lbci\nLBC   International\n\nlbci (LBCGROUP.tv)",
    });

    await updateOutlet(outlet.id, details, admin.id);

    const saved = await db().outlet.findUniqueOrThrow({ where: { id: outlet.id } });
    expect(saved).toMatchObject({ name: "LBCI (lbcgroup.tv)", aliases: ["LBCI", "LBC International"] });
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: outlet.id, action: "outlet.update" } });
    expect(audit.before).toMatchObject({ aliases: [] });
    expect(audit.after).toMatchObject({ aliases: ["LBCI", "LBC International"] });
  });

  it("refuses an alias that is another outlet's name or alias, changing nothing", async () => {
    const admin = await makeUser("ADMIN");
    await db().outlet.create({ data: { name: "Al Jadeed", aliases: ["New TV"] } });
    const other = await makeOutlet("Jadeed Copy");

    for (const aliases of ["al  JADEED", "new tv"]) {
      const details = outletDetailsSchema.parse({ name: "Jadeed Copy", aliases });
      await expect(updateOutlet(other.id, details, admin.id)).rejects.toThrow(
        new OutletConflictError(`“${details.aliases[0]}” already belongs to Al Jadeed.`),
      );
    }
    expect(await db().outlet.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ aliases: [] });
  });

  it("explains invalid input per field", () => {
    const result = outletDetailsSchema.safeParse({ name: "", country: "USA", domains: "not a domain" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual([
      "name",
      "country",
      "domains",
      "domains",
      "domains",
    ]);
  });
});

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

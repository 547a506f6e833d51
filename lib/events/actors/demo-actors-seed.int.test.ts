import { describe, expect, it } from "vitest";
import { db } from "../../db/client.ts";
import { DEMO_ACTORS, DEMO_CLAIMS } from "../../../prisma/seed/demo-data.ts";
import { seedDemoData } from "../../../prisma/seed/seed-demo.ts";

describe("demo actors and claims", () => {
  it("are seeded once, and a re-run neither adds rows nor undoes an editor's rename", async () => {
    await seedDemoData(db());
    const meridian = await db().eventActor.findFirstOrThrow({ where: { name: "Meridian Polymers" } });
    await db().eventActor.update({ where: { id: meridian.id }, data: { name: "Meridian Polymers Inc." } });
    await seedDemoData(db());

    expect(await db().eventActor.count({ where: { eventId: meridian.eventId } })).toBe(DEMO_ACTORS.length);
    expect(await db().eventClaim.count({ where: { eventId: meridian.eventId } })).toBe(DEMO_CLAIMS.length);
    expect(await db().eventActor.count({ where: { name: "Meridian Polymers" } })).toBe(0);
  });
});

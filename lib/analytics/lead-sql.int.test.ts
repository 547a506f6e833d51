import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { articleOf, compareFixture, outletNamed } from "./compare-fixture.ts";
import { leadEndSql } from "./lead-sql.ts";

async function leadEnd(articleId: string) {
  const [row] = await db().$queryRaw<{ lead_end: number | null }[]>`
    SELECT ${leadEndSql} AS lead_end FROM articles a WHERE a.id = ${articleId}::uuid`;
  return row.lead_end;
}

describe("leadEndSql", () => {
  it("ends the lead at the first blank line, in UTF-16 units like tag offsets", async () => {
    const { event } = await compareFixture();
    const outlet = await outletNamed("Lead");
    const plain = await articleOf(outlet.id, event.id, "Fire at the plant.\n\nLater news.");
    expect(await leadEnd(plain.id)).toBe("Fire at the plant.".length);
    const emoji = await articleOf(outlet.id, event.id, "🔥 Fire 🔥.\n\nLater news.");
    expect(await leadEnd(emoji.id)).toBe("🔥 Fire 🔥.".length);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "../../db/client.ts";
import { makeUser } from "../../../test/factories.ts";
import { validateCandidate, type ParsedRow } from "../normalized-article.ts";
import { deleteStalePreviews, PREVIEW_RETENTION_DAYS } from "./delete-stale-previews.ts";
import { discardBatch } from "./discard-batch.ts";
import { stageImport } from "./stage-import.ts";

const row = validateCandidate(2, { outlet: "Wire", title: "Story", body: "A body." }) as ParsedRow;
const stage = (userId: string) =>
  stageImport({ kind: "paste", name: "pasted text", result: { rows: [row], errors: [] } }, userId);

describe("abandoned previews", () => {
  it("are discarded by their creator or an admin, not by another reviewer", async () => {
    const [creator, other, admin] = await Promise.all([makeUser("REVIEWER"), makeUser("REVIEWER"), makeUser("ADMIN")]);
    const mine = await stage(creator.id);
    const theirs = await stage(creator.id);

    await expect(discardBatch(mine, other)).rejects.toThrow(/This import no longer exists/);
    await discardBatch(mine, creator);
    await discardBatch(theirs, admin);

    expect(await db().importBatch.count()).toBe(0);
    expect(await db().importRow.count()).toBe(0);
    expect(await db().auditLog.count({ where: { action: "import.discard" } })).toBe(2);
  });

  it("are deleted when older than the retention period, and confirmed imports are kept", async () => {
    const reviewer = await makeUser("REVIEWER");
    const [old, recent, saved] = await Promise.all([stage(reviewer.id), stage(reviewer.id), stage(reviewer.id)]);
    const longAgo = new Date(Date.now() - (PREVIEW_RETENTION_DAYS + 1) * 24 * 60 * 60 * 1000);
    await db().importBatch.updateMany({ where: { id: { in: [old, saved] } }, data: { createdAt: longAgo } });
    await db().importBatch.update({ where: { id: saved }, data: { status: "COMPLETED" } });

    expect(await deleteStalePreviews()).toBe(1);

    const left = await db().importBatch.findMany({ select: { id: true } });
    expect(left.map((b) => b.id).sort()).toEqual([recent, saved].sort());
  });
});

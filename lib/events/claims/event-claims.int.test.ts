import { describe, expect, it } from "vitest";
import { ensureDefaultCodebook } from "../../codebook/ensure-default-codebook.ts";
import { db } from "../../db/client.ts";
import { currentCategory, makeArticle, makeEvent, makeOutlet, makeUser } from "../../../test/factories.ts";
import { createEventClaim } from "./create-event-claim.ts";
import { listEventClaims } from "./list-event-claims.ts";
import { moveEventClaim } from "./move-event-claim.ts";
import { removeEventClaim } from "./remove-event-claim.ts";
import { claimInputSchema } from "./schemas.ts";
import { updateEventClaim } from "./update-event-claim.ts";

const claim = (label: string, detail = "") => claimInputSchema.parse({ label, detail });

async function auditOf(entityId: string) {
  const entries = await db().auditLog.findMany({ where: { entityId }, orderBy: { id: "asc" } });
  return entries.map((entry) => [entry.action, entry.actorId, entry.before, entry.after]);
}

async function tagCarrying(eventId: string, claimId: string) {
  await ensureDefaultCodebook(db());
  const [reviewer, outlet, category] = await Promise.all([
    makeUser("REVIEWER"),
    makeOutlet(`Outlet ${crypto.randomUUID()}`),
    currentCategory("attribution.reported_speech"),
  ]);
  const article = await makeArticle(outlet.id, eventId, "The motion failed 5-4.");
  const tag = { reviewerId: reviewer.id, categoryId: category.id, startOffset: 0, endOffset: 10, claimId };
  return db().annotation.create({ data: { ...tag, articleId: article.id, quotedText: "The motion" } });
}

describe("event claims", () => {
  it("keeps a one-line label and an optional detail, blank detail stored as none", () => {
    expect(claim("  Vote:\n5–4 ", "  Subpoena motion.\r\n")).toEqual({
      label: "Vote: 5–4",
      detail: "Subpoena motion.",
    });
    expect(claim("Casualty figure", " \n ").detail).toBeNull();
    expect(claimInputSchema.safeParse({ label: "" }).error?.issues[0]?.message).toBe("Give the claim a short label.");
  });

  it("creates, edits, reorders and removes claims, each change audited with before and after", async () => {
    const [editor, event] = await Promise.all([makeUser("EDITOR"), makeEvent("Council vote")]);
    const addressId = await createEventClaim(event.id, claim("Mayor's address"), editor.id);
    const voteId = await createEventClaim(event.id, claim("Motion failed 5–4", "Subpoena of files"), editor.id);
    await updateEventClaim(event.id, addressId, claim("Mayor's televised address", "Independent review"), editor.id);
    await moveEventClaim(event.id, voteId, "up", editor.id);
    await expect(createEventClaim(event.id, claim("motion FAILED 5–4"), editor.id)).rejects.toThrow(
      "already a claim of this event",
    );

    expect(await listEventClaims(event.id)).toEqual([
      { id: voteId, label: "Motion failed 5–4", detail: "Subpoena of files", tagCount: 0 },
      { id: addressId, label: "Mayor's televised address", detail: "Independent review", tagCount: 0 },
    ]);
    await removeEventClaim(event.id, voteId, editor.id);
    const snapshot = { id: addressId, label: "Mayor's address", detail: null, position: 0 };
    expect(await auditOf(addressId)).toEqual([
      ["event_claim.create", editor.id, null, { eventId: event.id, ...snapshot }],
      [
        "event_claim.update",
        editor.id,
        snapshot,
        { ...snapshot, label: "Mayor's televised address", detail: "Independent review" },
      ],
    ]);
    // A move is recorded on the row moved; its neighbour's opposite step is implied.
    expect((await auditOf(voteId)).slice(1)).toEqual([
      ["event_claim.move", editor.id, { position: 1 }, { position: 0 }],
      [
        "event_claim.delete",
        editor.id,
        { eventId: event.id, id: voteId, label: "Motion failed 5–4", detail: "Subpoena of files", position: 0 },
        null,
      ],
    ]);
    expect(await listEventClaims(event.id)).toHaveLength(1);
  });

  it("refuses to remove a claim while an attribution tag carries it", async () => {
    const [editor, event] = await Promise.all([makeUser("EDITOR"), makeEvent("Council vote")]);
    const voteId = await createEventClaim(event.id, claim("Motion failed 5–4"), editor.id);
    await tagCarrying(event.id, voteId);
    await tagCarrying(event.id, voteId);

    await expect(removeEventClaim(event.id, voteId, editor.id)).rejects.toThrow(
      "“Motion failed 5–4” is carried by 2 tags, so it cannot be removed.",
    );
    expect(await listEventClaims(event.id)).toMatchObject([{ id: voteId, tagCount: 2 }]);
  });
});

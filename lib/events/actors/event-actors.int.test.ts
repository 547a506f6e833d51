import { describe, expect, it } from "vitest";
import { ensureDefaultCodebook } from "../../codebook/ensure-default-codebook.ts";
import { db } from "../../db/client.ts";
import { currentCategory, makeArticle, makeEvent, makeOutlet, makeUser } from "../../../test/factories.ts";
import { createEventActor } from "./create-event-actor.ts";
import { listEventActors } from "./list-event-actors.ts";
import { moveEventActor } from "./move-event-actor.ts";
import { removeEventActor } from "./remove-event-actor.ts";
import { actorInputSchema } from "./schemas.ts";
import { updateEventActor } from "./update-event-actor.ts";

const actor = (name: string, aliases = "") => actorInputSchema.parse({ name, aliases });

async function auditOf(entityId: string) {
  const entries = await db().auditLog.findMany({ where: { entityId }, orderBy: { id: "asc" } });
  return entries.map((entry) => ({
    action: entry.action,
    actorId: entry.actorId,
    before: entry.before,
    after: entry.after,
  }));
}

async function tagPointingAt(eventId: string, actorId: string) {
  await ensureDefaultCodebook(db());
  const [reviewer, outlet, category] = await Promise.all([
    makeUser("REVIEWER"),
    makeOutlet(`Outlet ${crypto.randomUUID()}`),
    currentCategory("attribution.reported_speech"),
  ]);
  const article = await makeArticle(outlet.id, eventId, "Hamas said it would not attend.");
  return db().annotation.create({
    data: {
      articleId: article.id,
      categoryId: category.id,
      reviewerId: reviewer.id,
      startOffset: 0,
      endOffset: 5,
      quotedText: "Hamas",
      actorId,
    },
  });
}

describe("event actors", () => {
  it("tidies the form's name and aliases: trimmed, one per line, repeats and the name itself dropped", () => {
    expect(actor("  Israel   (government) ", " IDF \nisrael (government)\n\n Israeli government\nidf ")).toEqual({
      name: "Israel (government)",
      aliases: ["IDF", "Israeli government"],
    });
    expect(actorInputSchema.safeParse({ name: "  " }).error?.issues[0]?.message).toBe("Give the actor a name.");
  });

  it("creates, renames and re-aliases actors, with before and after in the audit log", async () => {
    const [editor, event] = await Promise.all([makeUser("EDITOR"), makeEvent("Ceasefire talks")]);
    const hamasId = await createEventActor(event.id, actor("Hamas"), editor.id);
    const usId = await createEventActor(event.id, actor("United States", "Washington\nthe US"), editor.id);
    await updateEventActor(event.id, usId, actor("United States (government)", "the US\nthe White House"), editor.id);

    expect(await listEventActors(event.id)).toEqual([
      { id: hamasId, name: "Hamas", aliases: [], tagCount: 0 },
      { id: usId, name: "United States (government)", aliases: ["the US", "the White House"], tagCount: 0 },
    ]);
    expect(await auditOf(usId)).toEqual([
      {
        action: "event_actor.create",
        actorId: editor.id,
        before: null,
        after: { eventId: event.id, id: usId, name: "United States", aliases: ["Washington", "the US"], position: 1 },
      },
      {
        action: "event_actor.update",
        actorId: editor.id,
        before: { id: usId, name: "United States", aliases: ["Washington", "the US"], position: 1 },
        after: { id: usId, name: "United States (government)", aliases: ["the US", "the White House"], position: 1 },
      },
    ]);
  });

  it("refuses a name the event already has in any case, but allows it in another event", async () => {
    const [editor, event, other] = await Promise.all([
      makeUser("EDITOR"),
      makeEvent("Talks"),
      makeEvent("Other talks"),
    ]);
    const mediatorsId = await createEventActor(event.id, actor("Mediators"), editor.id);
    const unId = await createEventActor(event.id, actor("United Nations"), editor.id);

    await expect(createEventActor(event.id, actor("MEDIATORS"), editor.id)).rejects.toThrow(
      "“MEDIATORS” is already an actor of this event",
    );
    await expect(updateEventActor(event.id, unId, actor("mediators"), editor.id)).rejects.toThrow("already an actor");
    await updateEventActor(event.id, mediatorsId, actor("mediators"), editor.id);
    await createEventActor(other.id, actor("Mediators"), editor.id);
    expect((await listEventActors(event.id)).map((row) => row.name)).toEqual(["mediators", "United Nations"]);
  });

  it("moves actors up and down, untangling rows created outside the editor, and audits each move", async () => {
    const [editor, event] = await Promise.all([makeUser("EDITOR"), makeEvent("Summit")]);
    // Rows made by other code paths all sit at position 0; their creation order is their order.
    for (const name of ["A", "B", "C"]) await db().eventActor.create({ data: { eventId: event.id, name } });
    const ids = (await listEventActors(event.id)).map((row) => row.id);

    await moveEventActor(event.id, ids[2]!, "up", editor.id);
    await moveEventActor(event.id, ids[0]!, "up", editor.id); // already first: nothing to do
    await moveEventActor(event.id, ids[0]!, "down", editor.id);

    expect((await listEventActors(event.id)).map((row) => row.name)).toEqual(["C", "A", "B"]);
    expect(await auditOf(ids[2]!)).toEqual([
      { action: "event_actor.move", actorId: editor.id, before: { position: 2 }, after: { position: 1 } },
    ]);
    expect(await auditOf(ids[0]!)).toEqual([
      { action: "event_actor.move", actorId: editor.id, before: { position: 0 }, after: { position: 1 } },
    ]);
  });

  it("removes an unused actor with an audit entry, and refuses while a tag points at it", async () => {
    const [editor, event] = await Promise.all([makeUser("EDITOR"), makeEvent("Rafah talks")]);
    const hamasId = await createEventActor(event.id, actor("Hamas"), editor.id);
    const unusedId = await createEventActor(event.id, actor("Egypt", "Cairo"), editor.id);
    await tagPointingAt(event.id, hamasId);

    await expect(removeEventActor(event.id, hamasId, editor.id)).rejects.toThrow(
      "“Hamas” is used by 1 tag, so it cannot be removed.",
    );
    await removeEventActor(event.id, unusedId, editor.id);

    expect(await listEventActors(event.id)).toEqual([{ id: hamasId, name: "Hamas", aliases: [], tagCount: 1 }]);
    expect((await auditOf(unusedId)).at(-1)).toEqual({
      action: "event_actor.delete",
      actorId: editor.id,
      before: { eventId: event.id, id: unusedId, name: "Egypt", aliases: ["Cairo"], position: 1 },
      after: null,
    });
    expect(await auditOf(hamasId)).toHaveLength(1);
  });
});

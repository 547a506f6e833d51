import { describe, expect, it } from "vitest";
import { db } from "../db/client.ts";
import { makeEvent, makeUser } from "../../test/factories.ts";
import { eventDescriptionSchema } from "./schemas.ts";
import { updateEventDescription } from "./update-event-description.ts";

describe("updateEventDescription", () => {
  it("stores the new description and audits before and after in the same write", async () => {
    const [editor, event] = await Promise.all([makeUser("EDITOR"), makeEvent("Bridge collapse")]);
    await updateEventDescription(event.id, "First draft", editor.id);

    const { description } = eventDescriptionSchema.parse({ description: "  Span failed at 06:10.\r\n\r\nTwo hurt.  " });
    await updateEventDescription(event.id, description, editor.id);

    expect(await db().event.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      description: "Span failed at 06:10.\n\nTwo hurt.",
    });
    const audit = await db().auditLog.findMany({ where: { entityId: event.id }, orderBy: { id: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.actorId, entry.before, entry.after])).toEqual([
      ["event.update", editor.id, { description: null }, { description: "First draft" }],
      [
        "event.update",
        editor.id,
        { description: "First draft" },
        { description: "Span failed at 06:10.\n\nTwo hurt." },
      ],
    ]);
  });

  it("clears the description when the text is blank, and explains a text that is too long", () => {
    expect(eventDescriptionSchema.parse({ description: "  \n " })).toEqual({ description: null });
    const tooLong = eventDescriptionSchema.safeParse({ description: "x".repeat(5001) });
    expect(tooLong.error?.issues[0]?.message).toBe("Keep the description under 5000 characters.");
  });
});

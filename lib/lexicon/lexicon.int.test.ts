import { describe, expect, it } from "vitest";
import { makeUser } from "../../test/factories.ts";
import { db } from "../db/client.ts";
import { activeLexicon } from "./active-lexicon.ts";
import { addLexiconEntry } from "./add-lexicon-entry.ts";
import { lexiconInputSchema } from "./lexicon-input.ts";
import { listLexiconEntries } from "./list-lexicon-entries.ts";
import { removeLexiconEntry } from "./remove-lexicon-entry.ts";

const input = (term: string, categoryCode = "loaded.loaded_term", note = "", direction = "") =>
  lexiconInputSchema.parse({ term, categoryCode, note, direction });

describe("the admins' lexicon", () => {
  it("adds a term with its audit entry; it is listed and fed to the suggestions", async () => {
    const admin = await makeUser("ADMIN");
    const term = `jackboot ${crypto.randomUUID().slice(0, 8)}`;
    const id = await addLexiconEntry(
      input(`  ${term} `, "loaded.group_label", "seen in tabloids", "unfavourable"),
      admin.id,
    );

    expect((await listLexiconEntries()).find((entry) => entry.id === id)).toMatchObject({
      term,
      categoryCode: "loaded.group_label",
      direction: "unfavourable",
      note: "seen in tabloids",
      addedBy: { name: "Test ADMIN" },
    });
    expect(await activeLexicon()).toContainEqual({ term, category: "loaded.group_label", direction: "unfavourable" });
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: id } });
    expect(audit).toMatchObject({
      action: "lexicon_entry.create",
      actorId: admin.id,
      after: { term, direction: "unfavourable" },
    });
  });

  it("refuses a term already shipped or already added, whatever its case and spacing", async () => {
    const admin = await makeUser("ADMIN");
    await expect(addLexiconEntry(input("Regime"), admin.id)).rejects.toThrow(
      "“regime” is already in the shipped lexicon as Loaded term.",
    );
    const term = `stooge ${crypto.randomUUID().slice(0, 8)}`;
    await addLexiconEntry(input(term), admin.id);
    await expect(
      addLexiconEntry(input(term.toUpperCase().replace(" ", "   "), "loaded.euphemism"), admin.id),
    ).rejects.toThrow(`“${term}” is already in the lexicon as Loaded term.`);
    const results = await Promise.allSettled([
      addLexiconEntry(input(`${term} twin`), admin.id),
      addLexiconEntry(input(`${term} twin`), admin.id),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
  });

  it("removes softly, audited: the term leaves the suggestions and may be added again", async () => {
    const admin = await makeUser("ADMIN");
    const term = `hoodlum ${crypto.randomUUID().slice(0, 8)}`;
    const id = await addLexiconEntry(input(term), admin.id);
    await removeLexiconEntry(id, admin.id);
    await removeLexiconEntry(id, admin.id);

    expect(await db().lexiconEntry.findUniqueOrThrow({ where: { id } })).toMatchObject({ removedAt: expect.any(Date) });
    expect((await listLexiconEntries()).map((entry) => entry.id)).not.toContain(id);
    expect((await activeLexicon()).map((entry) => entry.term)).not.toContain(term);
    expect(await db().auditLog.count({ where: { entityId: id, action: "lexicon_entry.remove" } })).toBe(1);
    await expect(addLexiconEntry(input(term), admin.id)).resolves.toEqual(expect.any(String));
  });
});

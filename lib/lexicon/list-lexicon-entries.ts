import { db } from "../db/client.ts";

/** The terms admins added and have not removed, newest first, with who added them. */
export function listLexiconEntries() {
  return db().lexiconEntry.findMany({
    where: { removedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      term: true,
      categoryCode: true,
      direction: true,
      note: true,
      createdAt: true,
      addedBy: { select: { name: true } },
    },
  });
}

export type AdminLexiconEntry = Awaited<ReturnType<typeof listLexiconEntries>>[number];

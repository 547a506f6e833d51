import { db } from "../../db/client.ts";

/** The outlet a profile is about, or null when there is none with that id. */
export function findProfileOutlet(outletId: string) {
  return db().outlet.findUnique({
    where: { id: outletId },
    select: { id: true, name: true, country: true, language: true, notes: true },
  });
}

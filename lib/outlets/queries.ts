import { db } from "../db/client.ts";

export function listOutletsWithArticleCounts() {
  return db().outlet.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      country: true,
      language: true,
      notes: true,
      aliases: true,
      domains: { select: { domain: true }, orderBy: { domain: "asc" } },
      _count: { select: { articles: true } },
    },
  });
}

export function findOutlet(id: string) {
  return db().outlet.findUnique({
    where: { id },
    include: { domains: { orderBy: { domain: "asc" } }, _count: { select: { articles: true } } },
  });
}

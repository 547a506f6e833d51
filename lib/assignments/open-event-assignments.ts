import { db } from "../db/client.ts";

/** The event's articles someone still holds unsubmitted, with those reviewers: work an editor may take back. */
export function listOpenEventAssignments(eventId: string) {
  return db().article.findMany({
    where: { eventId, assignments: { some: { submittedAt: null } } },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      outlet: { select: { name: true } },
      assignments: {
        where: { submittedAt: null },
        orderBy: [{ reviewer: { name: "asc" } }],
        select: { reviewerId: true, reviewer: { select: { name: true } } },
      },
    },
  });
}

export type ArticleWithOpenAssignments = Awaited<ReturnType<typeof listOpenEventAssignments>>[number];

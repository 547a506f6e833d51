import { Prisma } from "../../db/generated/client.ts";
import { countedSqlOver } from "../counted-sql.ts";
import { DEFAULT_FILTERS } from "../filters.ts";

/**
 * The counted tags of every event an outlet covered, all outlets included (the outlet is compared with the others
 * on the same events), by the comparison's default rule: gold where adjudicated, else submitted reviewers averaged.
 */
export function profileScopeSql(outletId: string): Prisma.Sql {
  return countedSqlOver(
    Prisma.sql`a.event_id IN (SELECT event_id FROM articles WHERE outlet_id = ${outletId}::uuid AND event_id IS NOT NULL)`,
    DEFAULT_FILTERS,
  );
}

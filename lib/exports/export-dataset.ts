import { Readable } from "node:stream";
import { recordAudit } from "../audit/record-audit.ts";
import type { CompareFilters } from "../analytics/filters.ts";
import { db } from "../db/client.ts";
import { agreementRows } from "./computed/agreement-rows.ts";
import { chartRows } from "./computed/chart-rows.ts";
import { claimRows } from "./computed/claim-rows.ts";
import { writeTable } from "./computed/write-table.ts";
import { type ComputedDataset, isCopyDataset } from "./datasets.ts";
import { ExportError } from "./export-error.ts";
import { copySql } from "./export-sql.ts";
import { ndjsonToArray } from "./json-array.ts";
import type { ExportRequest, ExportScope } from "./schemas.ts";
import { streamCopy } from "./stream-copy.ts";

const COMPUTE: Record<ComputedDataset, (eventId: string, filters: CompareFilters) => ReturnType<typeof claimRows>> = {
  claims: claimRows,
  agreement: (eventId) => agreementRows(eventId),
  charts: chartRows,
};

/**
 * An export's file, recorded in the audit log first (who, what, scope, format): the COPY datasets stream
 * from Postgres, the computed ones (one event's aggregates, small) are written whole.
 */
export async function exportDataset(
  request: ExportRequest,
  filters: CompareFilters,
  /** Null for a script run by the operator (the benchmark). */
  userId: string | null,
): Promise<Readable> {
  const scope: ExportScope = request.event === "all" ? { allEvents: true } : { eventId: request.event };
  if (!isCopyDataset(request.dataset) && !("eventId" in scope))
    throw new ExportError(`The ${request.dataset} export is made per event: give event=<id>.`);
  await db().$transaction((tx) =>
    recordAudit(tx, {
      actorId: userId,
      action: "data.export",
      entityType: "eventId" in scope ? "event" : "all_events",
      entityId: "eventId" in scope ? scope.eventId : "all",
      after: {
        dataset: request.dataset,
        format: request.format,
        pseudonymise: request.pseudonymise,
        filters: { ...filters },
      },
    }),
  );
  if (isCopyDataset(request.dataset)) {
    const sql = copySql(request.dataset, scope, { format: request.format, pseudonymise: request.pseudonymise });
    return streamCopy(sql, request.format === "json" ? ndjsonToArray : undefined);
  }
  const table = await COMPUTE[request.dataset]((scope as { eventId: string }).eventId, filters);
  return Readable.from([writeTable(table, request.format)]);
}

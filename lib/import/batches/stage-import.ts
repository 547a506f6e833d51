import { recordAudit } from "../../audit/record-audit.ts";
import { db } from "../../db/client.ts";
import type { ParseResult, SourceKind } from "../normalized-article.ts";
import { toStaged } from "./staged-article.ts";

export interface ColumnReading {
  header: string;
  field: string | null; // null: the column is not imported
}

export interface ImportSource {
  kind: SourceKind;
  name: string;
  result: ParseResult;
  columns?: ColumnReading[];
}

const INSERT_CHUNK = 1000;

/** Keeps a parsed import for the preview: nothing becomes an article until the reviewer confirms. */
export async function stageImport(source: ImportSource, actorId: string | null): Promise<string> {
  return db().$transaction(
    async (tx) => {
      const batch = await tx.importBatch.create({
        data: {
          createdById: actorId,
          sourceKind: source.kind,
          sourceName: source.name.slice(0, 500),
          columns: (source.columns ?? []).map((column) => ({ ...column })),
          errors: source.result.errors.map((error) => ({ ...error })),
          totalRows: source.result.rows.length,
        },
      });
      for (let start = 0; start < source.result.rows.length; start += INSERT_CHUNK) {
        await tx.importRow.createMany({
          data: source.result.rows.slice(start, start + INSERT_CHUNK).map(({ row, article }) => ({
            batchId: batch.id,
            rowNumber: row,
            article: toStaged(article),
          })),
        });
      }
      await recordAudit(tx, {
        actorId,
        action: "import.stage",
        entityType: "import_batch",
        entityId: batch.id,
        after: { source: source.name, rows: source.result.rows.length, errors: source.result.errors.length },
      });
      return batch.id;
    },
    { timeout: 120_000 },
  );
}

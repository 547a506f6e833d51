import { recordAudit } from "../../audit/record-audit.ts";
import { db } from "../../db/client.ts";
import { copyLine, copyRows } from "../../db/copy-rows.ts";
import { transactionConnection } from "../../db/transaction-connection.ts";
import type { ParsedRow, ParseResult, SourceKind } from "../normalized-article.ts";
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

const LINES_PER_MESSAGE = 500;

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
      await copyRows(
        await transactionConnection(tx),
        { table: "import_rows", columns: ["batch_id", "row_number", "article"] },
        stagedLines(batch.id, source.result.rows),
      );
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

function* stagedLines(batchId: string, rows: ParsedRow[]): Generator<string> {
  for (let start = 0; start < rows.length; start += LINES_PER_MESSAGE)
    yield rows
      .slice(start, start + LINES_PER_MESSAGE)
      .map(({ row, article }) => copyLine([batchId, row, toStaged(article)]))
      .join("");
}

import { suggestEvents } from "../../events/suggest-events.ts";
import { classifyRows, withSyndicationHints, type ClassifiedRow } from "./classify-rows.ts";
import { findBatch, loadStagedRows, type ImportBatchDetails } from "./queries.ts";

export const PREVIEW_PAGE_SIZE = 100;
/** Above this many rows the preview checks duplicates page by page; saving checks every row anyway. */
const FULL_CHECK_ROWS = 2000;

export interface BatchPreview {
  batch: ImportBatchDetails;
  rows: ClassifiedRow[];
  counts: { new: number; duplicate: number; unattributed: number; invalid: number } | null;
  suggestions: Awaited<ReturnType<typeof suggestEvents>>;
}

export async function previewBatch(batchId: string, page: number): Promise<BatchPreview | null> {
  const batch = await findBatch(batchId);
  if (!batch) return null;
  const offset = page * PREVIEW_PAGE_SIZE;
  const checkAll = batch.totalRows <= FULL_CHECK_ROWS;
  const staged = await loadStagedRows(batchId, checkAll ? undefined : { offset, limit: PREVIEW_PAGE_SIZE });
  const classified = await classifyRows(staged);
  const pageRows = checkAll ? classified.slice(offset, offset + PREVIEW_PAGE_SIZE) : classified;
  const counts = checkAll
    ? {
        new: classified.filter((row) => row.outcome.kind === "new").length,
        duplicate: classified.filter((row) => row.outcome.kind === "duplicate").length,
        unattributed: classified.filter((row) => row.outcome.kind === "unattributed").length,
        invalid: batch.errors.length,
      }
    : null;
  return {
    batch,
    rows: await withSyndicationHints(pageRows),
    counts,
    suggestions: await suggestEvents(staged.slice(0, 200).map((row) => row.article)),
  };
}

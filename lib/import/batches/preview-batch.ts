import { findSimilarOutlets } from "../../outlets/find-similar-outlets.ts";
import type { OutletRef } from "../../outlets/find-outlets-by-names.ts";
import { suggestEvents } from "../../events/suggest-events.ts";
import { db } from "../../db/client.ts";
import { batchEvents, type BatchEvents } from "./batch-events.ts";
import { classifyRows, withSyndicationHints, type ClassifiedRow } from "./classify-rows.ts";
import { findIdenticalTexts, type IdenticalText } from "./identical-texts.ts";
import { proposedOutlets, type ProposedOutlet } from "./new-outlets.ts";
import { findBatch, loadStagedRows, type ImportBatchDetails } from "./queries.ts";

export const PREVIEW_PAGE_SIZE = 100;
/** Above this many rows the preview checks duplicates page by page; saving checks every row anyway. */
const FULL_CHECK_ROWS = 2000;
/** The titles suggestions are drawn from: enough to tell the story, few enough for one query. */
const SUGGESTION_ROWS = 200;

export interface PreviewRow extends ClassifiedRow {
  /** Another outlet's stored article with exactly this text. */
  identicalTo?: IdenticalText;
}

export interface BatchPreview {
  batch: ImportBatchDetails;
  rows: PreviewRow[];
  counts: { new: number; duplicate: number; unattributed: number; invalid: number } | null;
  events: BatchEvents;
  /** Outlets saving would create, each with the stored outlets it looks like. */
  newOutlets: (ProposedOutlet & { similar: OutletRef[] })[];
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
  const [rows, events, newOutlets] = await Promise.all([
    withSyndicationHints(pageRows).then(withIdenticalTexts),
    batchEvents(batchId),
    newOutletsWithLookalikes(batchId),
  ]);
  const withoutEvent = staged.filter((row) => !row.article.event).slice(0, SUGGESTION_ROWS);
  return {
    batch,
    rows,
    counts: checkAll ? countOutcomes(classified, batch.errors.length) : null,
    events,
    newOutlets,
    suggestions: withoutEvent.length ? await suggestEvents(withoutEvent.map((row) => row.article)) : [],
  };
}

function countOutcomes(rows: ClassifiedRow[], invalid: number) {
  const count = (kind: string) => rows.filter((row) => row.outcome.kind === kind).length;
  return { new: count("new"), duplicate: count("duplicate"), unattributed: count("unattributed"), invalid };
}

async function withIdenticalTexts(rows: ClassifiedRow[]): Promise<PreviewRow[]> {
  const candidates = rows.flatMap(({ row, article, outcome }) =>
    outcome.kind === "new" ? [{ row, body: article.body, outlet: outcome.outlet.name }] : [],
  );
  const identical = await findIdenticalTexts(candidates);
  return rows.map((row) => ({ ...row, identicalTo: identical.get(row.row) }));
}

async function newOutletsWithLookalikes(batchId: string) {
  const proposals = await proposedOutlets(db(), batchId);
  const similar = await findSimilarOutlets(proposals.map((proposal) => proposal.name));
  return proposals.map((proposal) => ({ ...proposal, similar: similar.get(proposal.name) ?? [] }));
}

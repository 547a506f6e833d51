import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { BatchEventsSummary } from "@/components/import/batch-events-summary";
import { BatchOutcome } from "@/components/import/batch-outcome";
import { ColumnMapping } from "@/components/import/column-mapping";
import { ConfirmImportForm } from "@/components/import/confirm-import-form";
import { DiscardBatchForm } from "@/components/import/discard-batch-form";
import { NewOutletsForm } from "@/components/import/new-outlets-form";
import { PreviewRowsTable } from "@/components/import/preview-rows-table";
import { RowErrorsTable } from "@/components/import/row-errors-table";
import { StagedRowEditor } from "@/components/import/staged-row-editor";
import { requireRole, type SessionUser } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { listEventChoices } from "@/lib/events/suggest-events";
import { formatDate, plural } from "@/lib/format";
import { canViewBatch } from "@/lib/import/batches/batch-access";
import { PREVIEW_PAGE_SIZE, previewBatch, type BatchPreview } from "@/lib/import/batches/preview-batch";
import { findBatch, savedBatchEvents } from "@/lib/import/batches/queries";
import { countRejectedRows } from "@/lib/import/normalized-article";
import { listOutletChoices } from "@/lib/outlets/list-outlet-choices";
import { confirmImportAction, correctRowAction, decideOutletsAction, discardBatchAction } from "../actions";

export const metadata: Metadata = { title: "Import preview" };

const paramsSchema = z.object({ batchId: z.uuid() });
const searchSchema = z.object({ page: z.coerce.number().int().min(0).catch(0) });

export default async function ImportBatchPage(props: {
  params: Promise<{ batchId: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const params = paramsSchema.safeParse(await props.params);
  const user = await requireRole(ACCESS.import, params.success ? `/import/${params.data.batchId}` : "/import");
  if (!params.success) notFound();
  const { batchId } = params.data;
  const batch = await findBatch(batchId);
  // Another reviewer's unsaved preview is theirs alone: it answers as an unknown id, not as a refusal.
  if (!batch || !canViewBatch(user, batch)) notFound();
  if (batch.status !== "PREVIEW") return <BatchOutcome batch={batch} events={await savedBatchEvents(batchId)} />;

  const { page } = searchSchema.parse(await props.searchParams);
  const preview = (await previewBatch(batchId, page))!;
  return <BatchPreviewView preview={preview} page={page} user={user} />;
}

async function BatchPreviewView({ preview, page, user }: { preview: BatchPreview; page: number; user: SessionUser }) {
  const { batch, rows, counts, events, newOutlets } = preview;
  const [eventChoices, outlets] = await Promise.all([listEventChoices(), listOutletChoices()]);
  const single = batch.totalRows === 1 ? rows[0] : null;
  const pages = Math.ceil(batch.totalRows / PREVIEW_PAGE_SIZE);
  const undecided = newOutlets.filter((outlet) => !outlet.approved).length;
  const newRows = counts ? counts.new : batch.totalRows;
  return (
    <>
      <header className="page-header">
        <h1>
          Preview: <bdi>{batch.sourceName}</bdi>
        </h1>
        <p className="muted" data-testid="preview-summary">
          {plural(batch.totalRows, "row")} read
          {counts && `: ${counts.new} new, ${counts.duplicate} duplicate, ${counts.unattributed} without outlet`};{" "}
          {plural(countRejectedRows(batch.errors), "row")} rejected. Nothing is saved until you confirm.
        </p>
        {batch.createdById !== user.id && (
          <p className="card" data-testid="others-preview">
            Started by {batch.createdBy?.name ?? "a reviewer no longer here"} on {formatDate(batch.createdAt)}. As an
            admin you can change, save or discard it; other reviewers cannot see it.
          </p>
        )}
      </header>
      {single && (
        <StagedRowEditor
          save={correctRowAction.bind(null, batch.id)}
          outlets={outlets}
          article={{
            row: single.row,
            title: single.article.title,
            byline: single.article.byline,
            publishedAt: single.article.publishedAt ? formatDate(single.article.publishedAt) : null,
            outlet: single.outcome.kind === "unattributed" ? single.article.outlet : single.outcome.outlet.name,
            outletIsNew: newOutlets.some((outlet) => outlet.approved),
            url: single.article.url,
          }}
        />
      )}
      {!single && (
        <NewOutletsForm proposals={newOutlets} outlets={outlets} decide={decideOutletsAction.bind(null, batch.id)} />
      )}
      <BatchEventsSummary events={events} />
      <ColumnMapping columns={batch.columns} />
      <RowErrorsTable errors={batch.errors} />
      {rows.length > 0 && (
        <section aria-labelledby="rows-heading">
          <h2 id="rows-heading">Rows</h2>
          <PreviewRowsTable rows={rows} showEvents={events.named.length > 0} />
          {pages > 1 && (
            <nav className="pager" aria-label="Preview pages">
              {page > 0 && <Link href={`?page=${page - 1}`}>Previous</Link>} Page {page + 1} of {pages}{" "}
              {page + 1 < pages && <Link href={`?page=${page + 1}`}>Next</Link>}
            </nav>
          )}
          {single?.article.body && (
            <details className="card">
              <summary>Article text as it will be stored</summary>
              <div className="article-body">{single.article.body}</div>
            </details>
          )}
        </section>
      )}
      <ConfirmImportForm
        confirm={confirmImportAction.bind(null, batch.id)}
        rowsWithoutEvent={events.withoutEvent}
        suggestions={preview.suggestions}
        events={eventChoices}
        newRows={newRows}
        blocked={blockedReason(newRows, counts?.unattributed ?? 0, undecided, single !== null)}
        defaultTitle={rows[0]?.article.title ?? ""}
      />
      <DiscardBatchForm discard={discardBatchAction.bind(null, batch.id)} />
    </>
  );
}

function blockedReason(newRows: number, unattributed: number, undecided: number, single: boolean): string | null {
  if (undecided > 0)
    return single
      ? "Choose the outlet under “Recognized details”: a stored one, or “Create a new outlet”. Then save."
      : `Say what the ${plural(undecided, "outlet")} not stored yet ${undecided === 1 ? "is" : "are"} (above), then save.`;
  if (newRows > 0) return null;
  if (unattributed > 0) return "Name the outlet under “Recognized details” (or give the article's address), then save.";
  return "Every row is already stored or was rejected: there is nothing new to save.";
}

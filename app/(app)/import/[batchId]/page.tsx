import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ColumnMapping } from "@/components/import/column-mapping";
import { ConfirmImportForm } from "@/components/import/confirm-import-form";
import { ImportProgress } from "@/components/import/import-progress";
import { PreviewRowsTable } from "@/components/import/preview-rows-table";
import { RowErrorsTable } from "@/components/import/row-errors-table";
import { StagedRowEditor } from "@/components/import/staged-row-editor";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { listEventChoices } from "@/lib/events/suggest-events";
import { plural } from "@/lib/format";
import { PREVIEW_PAGE_SIZE, previewBatch, type BatchPreview } from "@/lib/import/batches/preview-batch";
import { findBatch, type ImportBatchDetails } from "@/lib/import/batches/queries";
import { confirmImportAction, correctRowAction } from "../actions";

export const metadata: Metadata = { title: "Import preview" };

const paramsSchema = z.object({ batchId: z.uuid() });
const searchSchema = z.object({ page: z.coerce.number().int().min(0).catch(0) });

export default async function ImportBatchPage(props: {
  params: Promise<{ batchId: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const params = paramsSchema.safeParse(await props.params);
  await requireRole(ACCESS.import, params.success ? `/import/${params.data.batchId}` : "/import");
  if (!params.success) notFound();
  const { batchId } = params.data;
  const batch = await findBatch(batchId);
  if (!batch) notFound();
  if (batch.status !== "PREVIEW") return <BatchOutcome batch={batch} />;

  const { page } = searchSchema.parse(await props.searchParams);
  const preview = (await previewBatch(batchId, page))!;
  return <BatchPreviewView preview={preview} page={page} />;
}

async function BatchPreviewView({ preview, page }: { preview: BatchPreview; page: number }) {
  const { batch, rows, counts, suggestions } = preview;
  const events = await listEventChoices();
  const single = batch.totalRows === 1 ? rows[0] : null;
  const pages = Math.ceil(batch.totalRows / PREVIEW_PAGE_SIZE);
  return (
    <>
      <header className="page-header">
        <h1>Preview: {batch.sourceName}</h1>
        <p className="muted" data-testid="preview-summary">
          {plural(batch.totalRows, "row")} read
          {counts && `: ${counts.new} new, ${counts.duplicate} duplicate, ${counts.unattributed} without outlet`};{" "}
          {plural(batch.errors.length, "row")} rejected. Nothing is saved until you confirm.
        </p>
      </header>
      {single && (
        <StagedRowEditor
          save={correctRowAction.bind(null, batch.id)}
          article={{
            row: single.row,
            title: single.article.title,
            byline: single.article.byline,
            publishedAt: single.article.publishedAt?.toISOString().slice(0, 10) ?? null,
            outlet: single.outcome.kind === "unattributed" ? single.article.outlet : single.outcome.outlet.name,
            url: single.article.url,
          }}
        />
      )}
      <ColumnMapping columns={batch.columns} />
      <RowErrorsTable errors={batch.errors} />
      {rows.length > 0 && (
        <section aria-labelledby="rows-heading">
          <h2 id="rows-heading">Rows</h2>
          <PreviewRowsTable rows={rows} />
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
        suggestions={suggestions}
        events={events}
        newRows={counts ? counts.new : batch.totalRows}
        nothingToSave={
          counts?.unattributed
            ? "Name the outlet under “Recognized details” (or give the article's address), then save."
            : "Every row is already stored or was rejected: there is nothing new to save."
        }
        defaultTitle={rows[0]?.article.event ?? rows[0]?.article.title ?? ""}
      />
    </>
  );
}

function BatchOutcome({ batch }: { batch: ImportBatchDetails }) {
  if (batch.status === "QUEUED" || batch.status === "RUNNING") {
    const progress = {
      status: batch.status,
      totalRows: batch.totalRows,
      processedRows: batch.processedRows,
      createdCount: batch.createdCount,
      errors: batch.errors.length,
      message: batch.message,
    };
    return (
      <>
        <h1>Importing {batch.sourceName}</h1>
        <ImportProgress batchId={batch.id} initial={progress} />
      </>
    );
  }
  return (
    <>
      <h1>{batch.status === "COMPLETED" ? "Import saved" : "Import failed"}</h1>
      <section className="card" data-testid="import-outcome">
        {batch.status === "COMPLETED" ? (
          <p>
            {plural(batch.createdCount, "new article")} saved to{" "}
            <Link href="/events">{batch.event?.title ?? "the event"}</Link>;{" "}
            {plural(batch.totalRows - batch.createdCount, "duplicate")} skipped; {plural(batch.errors.length, "row")}{" "}
            rejected while reading.
          </p>
        ) : (
          <p className="form-error">{batch.message}</p>
        )}
        <Link href="/import">Import more</Link>
      </section>
      <RowErrorsTable errors={batch.errors} />
    </>
  );
}

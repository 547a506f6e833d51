import Link from "next/link";
import { plural } from "@/lib/format";
import type { ImportBatchDetails } from "@/lib/import/batches/queries";
import { countRejectedRows } from "@/lib/import/normalized-article";
import { ImportProgress } from "./import-progress";
import { RowErrorsTable } from "./row-errors-table";

/** A confirmed import: its progress while it is saved, then what was saved where, or why it failed. */
export function BatchOutcome(props: {
  batch: ImportBatchDetails;
  events: { id: string; title: string; articles: number }[];
}) {
  const { batch } = props;
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
        <h1>
          Importing <bdi>{batch.sourceName}</bdi>
        </h1>
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
            {plural(batch.createdCount, "new article")} saved
            {props.events.length > 0 && <SavedTo events={props.events} />};{" "}
            {plural(batch.totalRows - batch.createdCount, "duplicate")} skipped;{" "}
            {plural(countRejectedRows(batch.errors), "row")} rejected while reading.
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

function SavedTo({ events }: { events: { id: string; title: string; articles: number }[] }) {
  return (
    <>
      {" to "}
      {events.map((event, index) => (
        <span key={event.id}>
          {index > 0 && (index === events.length - 1 ? " and " : ", ")}
          <Link href={`/events/${event.id}`}>
            <bdi>{event.title}</bdi>
          </Link>
          {events.length > 1 && ` (${event.articles})`}
        </span>
      ))}
    </>
  );
}

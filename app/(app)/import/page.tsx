import type { Metadata } from "next";
import Link from "next/link";
import { ImportSourceForms } from "@/components/import/import-source-forms";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format";
import { listRecentBatches } from "@/lib/import/batches/queries";
import { MAX_FILE_BYTES } from "@/lib/import/read-source";
import { stageImportAction } from "./actions";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Import" };

const STATUS_LABELS = {
  PREVIEW: "Waiting for confirmation",
  QUEUED: "Queued",
  RUNNING: "Saving",
  COMPLETED: "Saved",
  FAILED: "Failed",
} as const;

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ discarded?: string }> }) {
  const user = await requireRole(ACCESS.import, "/import");
  const batches = await listRecentBatches(user);
  const discarded = (await searchParams).discarded === "1";
  return (
    <>
      <header className="page-header">
        <h1>Import</h1>
        <p className="muted">
          Bring in several outlets&apos; coverage of one event. You see a preview before anything is saved.
        </p>
      </header>
      {discarded && (
        <p className="card" role="status">
          The import was discarded; nothing from it was saved.
        </p>
      )}
      <ImportSourceForms stage={stageImportAction} limits={{ fileMegabytes: MAX_FILE_BYTES / 1024 / 1024 }} />
      {batches.length > 0 && (
        <section aria-labelledby="recent-imports">
          <h2 id="recent-imports">Recent imports</h2>
          <DataTable
            columns={[
              { label: "Source" },
              { label: "Event" },
              { label: "Status" },
              { label: "Rows", numeric: true },
              { label: "Created", numeric: true },
              { label: "By" },
              { label: "When" },
            ]}
          >
            {batches.map((batch) => (
              <tr key={batch.id}>
                <td>
                  <Link href={`/import/${batch.id}`}>
                    <bdi>{batch.sourceName}</bdi>
                  </Link>
                </td>
                <td>
                  {batch.event ? (
                    <Link href={`/events/${batch.event.id}`}>
                      <bdi>{batch.event.title}</bdi>
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
                <td>{STATUS_LABELS[batch.status]}</td>
                <td className="numeric">{batch.totalRows}</td>
                <td className="numeric">{batch.createdCount}</td>
                <td>{batch.createdBy?.name ?? "—"}</td>
                <td>{formatDate(batch.createdAt)}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      )}
    </>
  );
}

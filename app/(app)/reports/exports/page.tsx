import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { ExportLinks } from "@/components/reports/export-links";
import { EmptyState } from "@/components/ui/empty-state";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { listEventsWithCoverage } from "@/lib/events/queries";

export const metadata: Metadata = { title: "Data exports" };

type SearchParams = Record<string, string | string[] | undefined>;

const searchSchema = z.object({
  event: z
    .union([z.uuid(), z.literal("all")])
    .optional()
    .catch(undefined),
  pseudonymise: z.literal("1").optional().catch(undefined),
});

export default async function ExportsPage(props: { searchParams: Promise<SearchParams> }) {
  const user = await requireRole(ACCESS.exportData, "/reports/exports");
  const search = searchSchema.parse(await props.searchParams);
  const events = await listEventsWithCoverage();
  const isAdmin = user.role === "ADMIN";
  const event = search.event === "all" && !isAdmin ? undefined : search.event;
  const chosen = events.find((one) => one.id === event);
  return (
    <>
      <header className="page-header">
        <p className="muted">
          <Link href="/reports">Reports</Link>
        </p>
        <h1>Data exports</h1>
        <p className="muted">
          The data behind the comparisons, for R, pandas or a spreadsheet: CSV, JSON, or NDJSON for large sets, each
          with a data dictionary of its columns. Every export is recorded in the audit log.
        </p>
      </header>
      {events.length === 0 ? (
        <EmptyState title="No events yet">
          <p>Exports are made per event: file coverage under an event first.</p>
        </EmptyState>
      ) : (
        <section className="card">
          <form method="get" className="form" aria-label="Choose what to export">
            <label>
              Event
              <select name="event" defaultValue={event ?? ""}>
                <option value="" disabled>
                  Choose an event
                </option>
                {events.map((one) => (
                  <option key={one.id} value={one.id}>
                    {one.title}
                  </option>
                ))}
                {isAdmin && <option value="all">Every event (articles, tags, forms, tones)</option>}
              </select>
            </label>
            <label className="checkbox">
              <input type="checkbox" name="pseudonymise" value="1" defaultChecked={Boolean(search.pseudonymise)} />
              Pseudonymise reviewers (a keyed hash, the same for one person in every export)
            </label>
            <div>
              <button type="submit">Show downloads</button>
            </div>
          </form>
          {event && (
            <ExportLinks
              event={event}
              title={chosen?.title ?? "every event"}
              pseudonymise={Boolean(search.pseudonymise)}
            />
          )}
        </section>
      )}
    </>
  );
}

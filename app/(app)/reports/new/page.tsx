import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { describeFilters } from "@/components/reports/describe-filters";
import { NewReportForm } from "@/components/reports/new-report-form";
import { keepEventOutlets, keepKnownVersion, parseFilters } from "@/lib/analytics/filters";
import { listEventOutlets } from "@/lib/analytics/queries/list-event-outlets";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { listPublishedVersions } from "@/lib/codebook/queries/list-published-versions";
import { findEventSummary } from "@/lib/events/queries";
import { createReportAction } from "../actions";

export const metadata: Metadata = { title: "New report" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function NewReportPage(props: { searchParams: Promise<SearchParams> }) {
  const search = await props.searchParams;
  await requireRole(ACCESS.reports, `/reports/new?${new URLSearchParams(search as Record<string, string>)}`);
  const eventId = z.uuid().safeParse(search.event);
  const event = eventId.success ? await findEventSummary(eventId.data, "per-outlet") : null;
  if (!event) notFound();
  const [outlets, versions] = await Promise.all([listEventOutlets(event.id), listPublishedVersions()]);
  const { filters } = keepKnownVersion(
    keepEventOutlets(
      parseFilters(search),
      outlets.map((outlet) => outlet.id),
    ),
    versions,
  );
  return (
    <>
      <header className="page-header">
        <h1>New report</h1>
        <p className="muted">
          From the comparison of <Link href={`/events/${event.id}/compare`}>{event.title}</Link>.{" "}
          {describeFilters(filters, outlets)}
        </p>
      </header>
      <section className="card">
        <NewReportForm
          eventId={event.id}
          filters={filters}
          title={`${event.title}: how outlets covered it`}
          create={createReportAction}
        />
      </section>
    </>
  );
}

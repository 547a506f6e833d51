import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { cache, Suspense, type ReactNode } from "react";
import { z } from "zod";
import { ClaimsSection } from "@/components/compare/claims-section";
import { CompareFilters } from "@/components/compare/compare-filters";
import { CompareHeader } from "@/components/compare/compare-header";
import type { CompareView } from "@/components/compare/compare-view";
import { DivergenceSection } from "@/components/compare/divergence-section";
import { FilterNotes } from "@/components/compare/filter-notes";
import { FramesSection } from "@/components/compare/frames-section";
import { LoadedLanguageSection } from "@/components/compare/loaded-language-section";
import { ALL_OUTLETS_PARAM } from "@/components/compare/matrix-limit-note";
import { NamingSection } from "@/components/compare/naming-section";
import { PassagesPanel } from "@/components/compare/passages-panel";
import { SectionSkeleton } from "@/components/compare/section-skeleton";
import { TimelineSection } from "@/components/compare/timeline-section";
import { ToneSection } from "@/components/compare/tone-section";
import { VoicesSection } from "@/components/compare/voices-section";
import { outletColor } from "@/components/events/outlet-colors";
import { computeEventAgreement } from "@/lib/agreement/compute-event-agreement";
import type { ChartSection } from "@/lib/analytics/chart-agreement";
import { filterParams, keepEventOutlets, keepKnownVersion, parseFilters } from "@/lib/analytics/filters";
import { readPassageLimit, readPassageSelector } from "@/lib/analytics/passage-selector";
import { countScope } from "@/lib/analytics/queries/count-scope";
import { listEventOutlets } from "@/lib/analytics/queries/list-event-outlets";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { listPublishedVersions } from "@/lib/codebook/queries/list-published-versions";
import { findEventSummary } from "@/lib/events/queries";

// This route sits in a route group beside events/[eventId] rather than inside it: that folder's loading.tsx would
// wrap this page in a loading boundary, which starts the response, and the 403 and 404 decided here would then
// go out as 200. Here they are decided first; only the chart sections stream, each in its own Suspense.

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ eventId: string }>; searchParams: Promise<SearchParams> };

// The metadata and the page both need the event: cached, so one request reads it once.
const eventFor = cache(async function eventFor(eventId: string) {
  await requireRole(ACCESS.compare, `/events/${encodeURIComponent(eventId)}/compare`);
  const id = z.uuid().safeParse(eventId);
  return id.success ? findEventSummary(id.data, "per-outlet") : null;
});

export async function generateMetadata(props: Props): Promise<Metadata> {
  const event = await eventFor((await props.params).eventId);
  return { title: event ? `Compare outlets: ${event.title}` : "Event not found" };
}

const SECTIONS: { id: ChartSection; title: string; render: (view: CompareView, search: SearchParams) => ReactNode }[] = [
  { id: "voices", title: "Who gets a voice", render: (view) => <VoicesSection view={view} /> },
  { id: "naming", title: "How each outlet names each actor", render: (view) => <NamingSection view={view} /> },
  { id: "claims", title: "Claims across outlets", render: (view) => <ClaimsSection view={view} /> },
  { id: "frames", title: "Frames", render: (view) => <FramesSection view={view} /> },
  { id: "loaded", title: "Loaded language", render: (view) => <LoadedLanguageSection view={view} /> },
  { id: "tone", title: "Tone toward each actor", render: (view) => <ToneSection view={view} /> },
  { id: "timeline", title: "Timeline and syndication", render: (view) => <TimelineSection view={view} /> },
  {
    id: "divergence",
    title: "Which outlets covered it alike",
    render: (view, search) => <DivergenceSection view={view} showAll={search[ALL_OUTLETS_PARAM] === "all"} />,
  },
];

export default async function ComparePage(props: Props) {
  const event = await eventFor((await props.params).eventId);
  if (!event) notFound();
  const search = await props.searchParams;
  const [outlets, versions] = await Promise.all([listEventOutlets(event.id), listPublishedVersions()]);
  const parsed = keepEventOutlets(
    parseFilters(search),
    outlets.map((outlet) => outlet.id),
  );
  const { filters, notes } = keepKnownVersion(parsed, versions);
  const selector = readPassageSelector(search);
  const unreadSelection = !selector && Object.keys(search).some((name) => name.startsWith("p.") && name !== "p.limit");
  const view: CompareView = {
    eventId: event.id,
    path: `/events/${event.id}/compare`,
    filters,
    outlets: outlets.map((outlet, index) => ({ id: outlet.id, name: outlet.name, color: outletColor(index) })),
    agreement: computeEventAgreement(event.id),
  };
  const scope = await countScope(event.id, filters);
  const passages = selector && (
    <Suspense key={JSON.stringify(selector)} fallback={<SectionSkeleton title="Passages" />}>
      <PassagesPanel view={view} selector={selector} limit={readPassageLimit(search)} />
    </Suspense>
  );
  return (
    <>
      <CompareHeader event={event} scope={scope} outletCount={outlets.length} />
      <CompareFilters
        path={view.path}
        filters={filters}
        outlets={view.outlets.map((outlet, index) => ({ ...outlet, articles: outlets[index].articles }))}
        versions={versions}
      />
      <p>
        <Link className="link-button" href={`/reports/new?event=${event.id}&${filterParams(filters)}`}>
          Make a report
        </Link>{" "}
        <span className="muted small">with these filters</span>
      </p>
      <FilterNotes
        notes={
          unreadSelection
            ? [...notes, "Ignored the passages asked for in the link: the selection was not understood."]
            : notes
        }
      />
      {selector && !selector.section && passages}
      {SECTIONS.map((section) => (
        <div key={section.id}>
          <Suspense fallback={<SectionSkeleton title={section.title} />}>{section.render(view, search)}</Suspense>
          {selector?.section === section.id && passages}
        </div>
      ))}
    </>
  );
}

import { computeEventAgreement } from "../agreement/compute-event-agreement.ts";
import { chartAgreement, type ChartSection } from "../analytics/chart-agreement.ts";
import { countScope } from "../analytics/queries/count-scope.ts";
import { listEventOutlets } from "../analytics/queries/list-event-outlets.ts";
import { db } from "../db/client.ts";
import { listReportCoders } from "./list-report-coders.ts";
import { loadSection } from "./load-section.ts";
import { methodsNote } from "./methods-note.ts";
import type { ReportSnapshot } from "./report-snapshot.ts";
import type { ReportContent, ReportSection } from "./schemas.ts";

// The agreement a section rests on: the permutation tests use the divergence matrices' two mixes.
const AGREEMENT_OF: Record<ReportSection, ChartSection> = {
  voices: "voices",
  naming: "naming",
  claims: "claims",
  frames: "frames",
  loaded: "loaded",
  tone: "tone",
  timeline: "timeline",
  divergence: "divergence",
  differences: "divergence",
};

/** Computes every number of a report with its filters, now. */
export async function computeReportSnapshot(eventId: string, content: ReportContent): Promise<ReportSnapshot> {
  const computedAt = new Date().toISOString();
  const [event, outlets, scope, agreement, coders, loaded] = await Promise.all([
    db().event.findUniqueOrThrow({ where: { id: eventId }, select: { id: true, title: true } }),
    listEventOutlets(eventId),
    countScope(eventId, content.filters),
    computeEventAgreement(eventId),
    listReportCoders(eventId, content.filters),
    Promise.all(content.sections.map((section) => loadSection(section, eventId, content))),
  ]);
  const sections = Object.fromEntries(content.sections.map((section, index) => [section, loaded[index]]));
  const figures = Object.fromEntries(
    content.sections.map((section) => [section, chartAgreement(agreement, AGREEMENT_OF[section])]),
  );
  const snapshot: ReportSnapshot = {
    computedAt,
    event,
    filters: content.filters,
    outlets: outlets.map((outlet) => ({ id: outlet.id, name: outlet.name })),
    scope,
    sections,
    agreement: figures,
    methods: methodsNote({ basis: content.filters.basis, scope, coders, agreement }),
  };
  // A JSON round trip now, so a draft's preview shows exactly what publishing would store.
  return JSON.parse(JSON.stringify(snapshot)) as ReportSnapshot;
}

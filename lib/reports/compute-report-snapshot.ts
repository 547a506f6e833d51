import { computeEventAgreement } from "../agreement/compute-event-agreement.ts";
import { chartAgreement } from "../analytics/chart-agreement.ts";
import { countArticleFrames } from "../analytics/queries/count-article-frames.ts";
import { countFrames } from "../analytics/queries/count-frames.ts";
import { countScope } from "../analytics/queries/count-scope.ts";
import { countVoices } from "../analytics/queries/count-voices.ts";
import { listActorNames } from "../analytics/queries/list-actor-names.ts";
import { listEventOutlets } from "../analytics/queries/list-event-outlets.ts";
import { listTopSpeakers } from "../analytics/queries/list-top-speakers.ts";
import { measureAttributionShares } from "../analytics/queries/measure-attribution-shares.ts";
import { traceClaims } from "../analytics/queries/trace-claims.ts";
import { db } from "../db/client.ts";
import { listEventActors } from "../events/actors/list-event-actors.ts";
import { listReportCoders } from "./list-report-coders.ts";
import { methodsNote } from "./methods-note.ts";
import type { NamedActor, ReportSnapshot, SectionData } from "./report-snapshot.ts";
import type { ReportContent, ReportSection } from "./schemas.ts";

type Loader<S extends ReportSection> = (eventId: string, content: ReportContent) => Promise<SectionData[S]>;

// One loader per section, calling the same analytics queries the comparison page calls.
const LOADERS: { [S in ReportSection]: Loader<S> } = {
  voices: async (eventId, { filters }) => {
    const [voices, shares, speakers, actors] = await Promise.all([
      countVoices(eventId, filters),
      measureAttributionShares(eventId, filters),
      listTopSpeakers(eventId, filters),
      namedActors(eventId),
    ]);
    return { voices, shares, speakers, actors };
  },
  naming: async (eventId, { filters }) => {
    const [names, actors] = await Promise.all([listActorNames(eventId, filters), namedActors(eventId)]);
    return { names, actors };
  },
  claims: async (eventId, { filters }) => {
    const [claims, actors] = await Promise.all([traceClaims(eventId, filters), namedActors(eventId)]);
    return { claims, actors };
  },
  frames: async (eventId, { filters }) => {
    const [mix, forms] = await Promise.all([countFrames(eventId, filters), countArticleFrames(eventId, filters)]);
    return { mix, forms };
  },
};

async function namedActors(eventId: string): Promise<NamedActor[]> {
  const actors = await listEventActors(eventId);
  return actors.map((actor) => ({ id: actor.id, name: actor.name }));
}

/** Computes every number of a report with its filters, now. */
export async function computeReportSnapshot(eventId: string, content: ReportContent): Promise<ReportSnapshot> {
  const computedAt = new Date().toISOString();
  const [event, outlets, scope, agreement, coders, loaded] = await Promise.all([
    db().event.findUniqueOrThrow({ where: { id: eventId }, select: { id: true, title: true } }),
    listEventOutlets(eventId),
    countScope(eventId, content.filters),
    computeEventAgreement(eventId),
    listReportCoders(eventId, content.filters),
    Promise.all(content.sections.map((section) => LOADERS[section](eventId, content))),
  ]);
  const sections = Object.fromEntries(content.sections.map((section, index) => [section, loaded[index]]));
  const figures = Object.fromEntries(content.sections.map((section) => [section, chartAgreement(agreement, section)]));
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

import { computeEventAgreement } from "../../../lib/agreement/compute-event-agreement.ts";
import { DEFAULT_FILTERS, type CompareFilters } from "../../../lib/analytics/filters.ts";
import { countArticleFrames } from "../../../lib/analytics/queries/count-article-frames.ts";
import { countArticlesOverTime } from "../../../lib/analytics/queries/count-articles-over-time.ts";
import { countEvaluativeVerbs } from "../../../lib/analytics/queries/count-evaluative-verbs.ts";
import { countFrames } from "../../../lib/analytics/queries/count-frames.ts";
import { countScope } from "../../../lib/analytics/queries/count-scope.ts";
import { countVoices } from "../../../lib/analytics/queries/count-voices.ts";
import { listActorNames } from "../../../lib/analytics/queries/list-actor-names.ts";
import { listEventOutlets } from "../../../lib/analytics/queries/list-event-outlets.ts";
import { listSyndication } from "../../../lib/analytics/queries/list-syndication.ts";
import { listTopSpeakers } from "../../../lib/analytics/queries/list-top-speakers.ts";
import { measureAttributionShares } from "../../../lib/analytics/queries/measure-attribution-shares.ts";
import { measureDivergence } from "../../../lib/analytics/queries/measure-divergence.ts";
import { measureLoadedLanguage } from "../../../lib/analytics/queries/measure-loaded-language.ts";
import { measureTone } from "../../../lib/analytics/queries/measure-tone.ts";
import { testOutletDifferences } from "../../../lib/analytics/queries/test-outlet-differences.ts";
import { traceClaims } from "../../../lib/analytics/queries/trace-claims.ts";
import { listPublishedVersions } from "../../../lib/codebook/queries/list-published-versions.ts";
import { listEventActors } from "../../../lib/events/actors/list-event-actors.ts";
import { findEventSummary } from "../../../lib/events/queries.ts";

/** Every data function the comparison page of one event calls, by name (the same functions, the same filters). */
export function pageQueries(eventId: string, filters: CompareFilters = DEFAULT_FILTERS) {
  return {
    findEventSummary: () => findEventSummary(eventId, "per-outlet"),
    listEventOutlets: () => listEventOutlets(eventId),
    listPublishedVersions: () => listPublishedVersions(),
    listEventActors: () => listEventActors(eventId),
    countScope: () => countScope(eventId, filters),
    computeEventAgreement: () => computeEventAgreement(eventId),
    countVoices: () => countVoices(eventId, filters),
    measureAttributionShares: () => measureAttributionShares(eventId, filters),
    listTopSpeakers: () => listTopSpeakers(eventId, filters),
    countEvaluativeVerbs: () => countEvaluativeVerbs(eventId, filters),
    listActorNames: () => listActorNames(eventId, filters),
    traceClaims: () => traceClaims(eventId, filters),
    countFrames: () => countFrames(eventId, filters),
    countArticleFrames: () => countArticleFrames(eventId, filters),
    "testOutletDifferences (frames)": () => testOutletDifferences(eventId, filters, "frames"),
    "testOutletDifferences (actors)": () => testOutletDifferences(eventId, filters, "actors"),
    measureLoadedLanguage: () => measureLoadedLanguage(eventId, filters),
    measureTone: () => measureTone(eventId, filters),
    countArticlesOverTime: () => countArticlesOverTime(eventId, filters),
    listSyndication: () => listSyndication(eventId, filters),
    "measureDivergence (frames)": () => measureDivergence(eventId, filters, "frames"),
    "measureDivergence (actors)": () => measureDivergence(eventId, filters, "actors"),
  } satisfies Record<string, () => Promise<unknown>>;
}

import { chartN } from "../analytics/chart-n.ts";
import { countArticleFrames } from "../analytics/queries/count-article-frames.ts";
import { countArticlesOverTime } from "../analytics/queries/count-articles-over-time.ts";
import { countFrames } from "../analytics/queries/count-frames.ts";
import { countScope } from "../analytics/queries/count-scope.ts";
import { countVoices } from "../analytics/queries/count-voices.ts";
import { listActorNames } from "../analytics/queries/list-actor-names.ts";
import { listFrameLabels } from "../analytics/queries/list-frame-labels.ts";
import { listSyndication } from "../analytics/queries/list-syndication.ts";
import { listTopSpeakers } from "../analytics/queries/list-top-speakers.ts";
import { measureAttributionShares } from "../analytics/queries/measure-attribution-shares.ts";
import { measureDivergence } from "../analytics/queries/measure-divergence.ts";
import { measureLoadedLanguage } from "../analytics/queries/measure-loaded-language.ts";
import { measureTone } from "../analytics/queries/measure-tone.ts";
import { testOutletDifferences } from "../analytics/queries/test-outlet-differences.ts";
import { traceClaims } from "../analytics/queries/trace-claims.ts";
import { listEventActors } from "../events/actors/list-event-actors.ts";
import type { NamedActor, SectionData } from "./report-snapshot.ts";
import type { ReportContent, ReportSection } from "./schemas.ts";

type Loader<S extends ReportSection> = (eventId: string, content: ReportContent) => Promise<SectionData[S]>;

// One loader per section, calling the same analytics queries the comparison page's section calls.
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
  loaded: async (eventId, { filters }) => {
    const [loaded, actors] = await Promise.all([measureLoadedLanguage(eventId, filters), namedActors(eventId)]);
    return { loaded, actors };
  },
  tone: async (eventId, { filters }) => {
    const [tone, actors] = await Promise.all([measureTone(eventId, filters), namedActors(eventId)]);
    return { tone, actors };
  },
  timeline: async (eventId, { filters }) => {
    const [timeline, syndication] = await Promise.all([
      countArticlesOverTime(eventId, filters),
      listSyndication(eventId, filters),
    ]);
    return { timeline, syndication };
  },
  divergence: async (eventId, { filters }) => {
    const [frames, voices, scope] = await Promise.all([
      measureDivergence(eventId, filters, "frames"),
      measureDivergence(eventId, filters, "actors"),
      countScope(eventId, filters),
    ]);
    // Every tag of either mix belongs to one outlet's distribution: their sum is the comparison's n.
    const tags = [...frames.outlets, ...voices.outlets].reduce((sum, outlet) => sum + outlet.tags, 0);
    return { frames, voices, n: chartN(scope.total, filters.basis, tags) };
  },
  differences: async (eventId, { filters }) => {
    const [frames, voices, frameLabels, actors] = await Promise.all([
      testOutletDifferences(eventId, filters, "frames"),
      testOutletDifferences(eventId, filters, "actors"),
      listFrameLabels(),
      namedActors(eventId),
    ]);
    return { frames, voices, frameLabels, actors };
  },
};

async function namedActors(eventId: string): Promise<NamedActor[]> {
  const actors = await listEventActors(eventId);
  return actors.map((actor) => ({ id: actor.id, name: actor.name }));
}

/** One section's numbers with the report's filters, as the comparison page computes them. */
export function loadSection<S extends ReportSection>(
  section: S,
  eventId: string,
  content: ReportContent,
): Promise<SectionData[S]> {
  return (LOADERS[section] as Loader<S>)(eventId, content);
}

import type { ChartAgreementFigure } from "../analytics/chart-agreement.ts";
import type { ChartN } from "../analytics/chart-n.ts";
import type { CompareFilters } from "../analytics/filters.ts";
import type { ArticleFrames } from "../analytics/queries/count-article-frames.ts";
import type { FrameMix } from "../analytics/queries/count-frames.ts";
import type { ArticlesOverTime } from "../analytics/queries/count-articles-over-time.ts";
import type { EventScope } from "../analytics/queries/count-scope.ts";
import type { Voices } from "../analytics/queries/count-voices.ts";
import type { ActorNames } from "../analytics/queries/list-actor-names.ts";
import type { FrameLabel } from "../analytics/queries/list-frame-labels.ts";
import type { SyndicationCell } from "../analytics/queries/list-syndication.ts";
import type { TopSpeakers } from "../analytics/queries/list-top-speakers.ts";
import type { AttributionShares } from "../analytics/queries/measure-attribution-shares.ts";
import type { Divergence } from "../analytics/queries/measure-divergence.ts";
import type { LoadedLanguage } from "../analytics/queries/measure-loaded-language.ts";
import type { Tone } from "../analytics/queries/measure-tone.ts";
import type { OutletDifference } from "../analytics/queries/test-outlet-differences.ts";
import type { ClaimsAcrossOutlets } from "../analytics/queries/trace-claims.ts";
import type { MethodsNote } from "./methods-note.ts";
import type { ReportSection } from "./schemas.ts";

export interface NamedActor {
  id: string;
  name: string;
}

/** Every number a report shows, as the analytics queries returned them when it was computed. */
export interface SectionData {
  voices: { voices: Voices; shares: AttributionShares; speakers: TopSpeakers; actors: NamedActor[] };
  naming: { names: ActorNames; actors: NamedActor[] };
  claims: { claims: ClaimsAcrossOutlets; actors: NamedActor[] };
  frames: { mix: FrameMix; forms: ArticleFrames };
  loaded: { loaded: LoadedLanguage; actors: NamedActor[] };
  tone: { tone: Tone; actors: NamedActor[] };
  timeline: { timeline: ArticlesOverTime; syndication: SyndicationCell[] };
  /** The frame mix and the voices-by-actor mix, with the n of the tags behind both. */
  divergence: { frames: Divergence; voices: Divergence; n: ChartN };
  /** The permutation tests of the same two mixes, with the names their largest gaps need. */
  differences: {
    frames: OutletDifference[];
    voices: OutletDifference[];
    frameLabels: FrameLabel[];
    actors: NamedActor[];
  };
}

/**
 * A report's numbers at one moment: stored on publication and never recomputed, computed afresh for a draft's
 * preview. Plain JSON, so it reads back from the database as it was written.
 */
export interface ReportSnapshot {
  computedAt: string;
  event: { id: string; title: string };
  filters: CompareFilters;
  /** All of the event's outlets in colour order (a filtered-out outlet keeps its place and colour). */
  outlets: { id: string; name: string }[];
  scope: EventScope;
  sections: { [S in ReportSection]?: SectionData[S] };
  agreement: { [S in ReportSection]?: ChartAgreementFigure[] };
  methods: MethodsNote;
}

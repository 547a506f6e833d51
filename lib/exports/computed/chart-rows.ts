import type { CompareFilters } from "../../analytics/filters.ts";
import { countArticleFrames } from "../../analytics/queries/count-article-frames.ts";
import { countFrames } from "../../analytics/queries/count-frames.ts";
import { countVoices, type VoiceCell } from "../../analytics/queries/count-voices.ts";
import { listActorNames } from "../../analytics/queries/list-actor-names.ts";
import { listTopSpeakers } from "../../analytics/queries/list-top-speakers.ts";
import { ATTRIBUTION_SHARES, measureAttributionShares } from "../../analytics/queries/measure-attribution-shares.ts";
import type { Column } from "../column.ts";
import { chartRow } from "./chart-row.ts";
import { secondPartRows } from "./second-part-rows.ts";
import type { Row, Table } from "./table.ts";

export const CHART_COLUMNS: Column[] = [
  {
    name: "chart",
    type: "text",
    description:
      "Which chart of the comparison: voices_by_actor, voices_by_speaker_type, attribution_shares, top_speakers, actor_names, frame_mix, primary_frame, headline_frame; loaded_language, loaded_language_by_target, tone, timeline, syndication, divergence_frames, divergence_voices, differences_frames, differences_voices.",
  },
  {
    name: "outlet_id",
    type: "uuid",
    description:
      "The outlet (a bar, a column or a row of the chart); for syndication the outlet that ran the copy, for divergence the row's outlet.",
  },
  {
    name: "key",
    type: "text",
    description:
      "The segment: an actor id, a speaker type, a share name (anonymous, unattributed, direct), a speaker or name key, a frame code; a loaded-language direction (unfavourable, favourable, unstated = not recorded under codebook version 1); a timeline bucket's first day (YYYY-MM-DD); the other outlet's id for syndication (the original's outlet) and divergence (the column); the category of the largest gap for differences; empty for 'none given' or where the row is the whole outlet.",
  },
  {
    name: "label",
    type: "text",
    description:
      "The segment in words where the query gives one (frame label, speaker or name as written); for timeline the bucket's unit (day, week, month) or 'undated'.",
  },
  {
    name: "actor_id",
    type: "uuid",
    description:
      "The actor a row is about (top speakers, actor names, tone, loaded_language_by_target; empty there for wording aimed at no actor).",
  },
  {
    name: "measure",
    type: "text",
    description:
      "What value counts: tags (weighted), words (quoted words; for loaded_language the outlet's counted words), articles, share, uses, loaded; per_1000_words (loaded-language tags per 1,000 words); mean, min, q1, median, q3, max (tone, −2 … +2, over rated articles) and forms (weighted forms that rated the actor); copies (syndication); js_distance (Jensen–Shannon distance, base 2, 0 … 1); chi_square, cramers_v, p, p_adjusted (Holm), largest_gap_share, largest_gap_rest_share (permutation test of the outlet against the rest).",
  },
  {
    name: "value",
    type: "number",
    description: "The number: a weighted count, a share from 0 to 1, a rate, a tone, a distance or a test figure.",
  },
  {
    name: "low",
    type: "number",
    description: "For shares and per_1000_words: the 95% bootstrap interval's lower bound (resampling articles).",
  },
  { name: "high", type: "number", description: "For shares and per_1000_words: the upper bound." },
  {
    name: "articles",
    type: "number",
    description:
      "Articles behind the row, where the query counts them (for differences: the outlet's articles with a tag in the mix, the units permuted).",
  },
];

function voiceRows(chart: string, cells: VoiceCell[]): Row[] {
  return cells.flatMap((cell) =>
    (["tags", "words"] as const).map((measure) =>
      chartRow({
        chart,
        outlet_id: cell.outletId,
        key: cell.key,
        measure,
        value: cell[measure],
        articles: cell.articles,
      }),
    ),
  );
}

/** Every chart's aggregate of the comparison with these filters, in one long table (one row per number). */
export async function chartRows(eventId: string, filters: CompareFilters): Promise<Table> {
  const [voices, shares, speakers, names, frames, forms, secondPart] = await Promise.all([
    countVoices(eventId, filters),
    measureAttributionShares(eventId, filters),
    listTopSpeakers(eventId, filters),
    listActorNames(eventId, filters),
    countFrames(eventId, filters),
    countArticleFrames(eventId, filters),
    secondPartRows(eventId, filters),
  ]);
  const rows: Row[] = [
    ...voiceRows("voices_by_actor", voices.byActor),
    ...voiceRows("voices_by_speaker_type", voices.bySpeakerType),
    ...shares.outlets.flatMap((outlet) =>
      ATTRIBUTION_SHARES.map((share) => {
        const { share: value, low, high } = outlet[share];
        const base = { chart: "attribution_shares", outlet_id: outlet.outletId, key: share, measure: "share" };
        return chartRow({ ...base, value, low, high, articles: outlet.articles });
      }),
    ),
    ...speakers.speakers.map((speaker) =>
      chartRow({
        chart: "top_speakers",
        outlet_id: speaker.outletId,
        key: speaker.key,
        label: speaker.speaker,
        actor_id: speaker.actorId,
        measure: "tags",
        value: speaker.tags,
        articles: speaker.articles,
      }),
    ),
    ...names.names.flatMap((name) =>
      (["uses", "loaded"] as const).map((measure) =>
        chartRow({
          chart: "actor_names",
          outlet_id: name.outletId,
          key: name.key,
          label: name.name,
          actor_id: name.actorId,
          measure,
          value: name[measure],
          articles: name.articles,
        }),
      ),
    ),
    ...frames.frames.map((frame) =>
      chartRow({
        chart: "frame_mix",
        outlet_id: frame.outletId,
        key: frame.code,
        label: frame.label,
        measure: "tags",
        value: frame.tags,
        articles: frame.articles,
      }),
    ),
    ...forms.frames.map((frame) =>
      chartRow({
        chart: `${frame.which}_frame`,
        outlet_id: frame.outletId,
        key: frame.code,
        label: frame.label,
        measure: "articles",
        value: frame.articles,
      }),
    ),
  ];
  return { columns: CHART_COLUMNS, rows: [...rows, ...secondPart] };
}

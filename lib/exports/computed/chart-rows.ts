import type { CompareFilters } from "../../analytics/filters.ts";
import { countArticleFrames } from "../../analytics/queries/count-article-frames.ts";
import { countFrames } from "../../analytics/queries/count-frames.ts";
import { countVoices, type VoiceCell } from "../../analytics/queries/count-voices.ts";
import { listActorNames } from "../../analytics/queries/list-actor-names.ts";
import { listTopSpeakers } from "../../analytics/queries/list-top-speakers.ts";
import { ATTRIBUTION_SHARES, measureAttributionShares } from "../../analytics/queries/measure-attribution-shares.ts";
import type { Column } from "../column.ts";
import type { Row, Table } from "./table.ts";

export const CHART_COLUMNS: Column[] = [
  {
    name: "chart",
    type: "text",
    description:
      "Which chart of the comparison: voices_by_actor, voices_by_speaker_type, attribution_shares, top_speakers, actor_names, frame_mix, primary_frame, headline_frame.",
  },
  { name: "outlet_id", type: "uuid", description: "The outlet (a bar or column of the chart)." },
  {
    name: "key",
    type: "text",
    description:
      "The segment: an actor id, a speaker type, a share name (anonymous, unattributed, direct), a speaker or name key, a frame code; empty for 'none given'.",
  },
  {
    name: "label",
    type: "text",
    description: "The segment in words where the query gives one (frame label, speaker or name as written).",
  },
  { name: "actor_id", type: "uuid", description: "The actor a row is about (top speakers, actor names)." },
  {
    name: "measure",
    type: "text",
    description: "What value counts: tags (weighted), words (quoted), articles, share, uses, loaded.",
  },
  { name: "value", type: "number", description: "The number: a weighted count, or a share from 0 to 1." },
  { name: "low", type: "number", description: "For shares: the 95% bootstrap interval's lower bound." },
  { name: "high", type: "number", description: "For shares: the upper bound." },
  { name: "articles", type: "number", description: "Articles behind the row, where the query counts them." },
];

const blank = { label: null, actor_id: null, low: null, high: null, articles: null };

function voiceRows(chart: string, cells: VoiceCell[]): Row[] {
  return cells.flatMap((cell) =>
    (["tags", "words"] as const).map((measure) => ({
      ...blank,
      chart,
      outlet_id: cell.outletId,
      key: cell.key,
      measure,
      value: cell[measure],
      articles: cell.articles,
    })),
  );
}

/** Every chart's aggregate of the comparison with these filters, in one long table (one row per number). */
export async function chartRows(eventId: string, filters: CompareFilters): Promise<Table> {
  const [voices, shares, speakers, names, frames, forms] = await Promise.all([
    countVoices(eventId, filters),
    measureAttributionShares(eventId, filters),
    listTopSpeakers(eventId, filters),
    listActorNames(eventId, filters),
    countFrames(eventId, filters),
    countArticleFrames(eventId, filters),
  ]);
  const rows: Row[] = [
    ...voiceRows("voices_by_actor", voices.byActor),
    ...voiceRows("voices_by_speaker_type", voices.bySpeakerType),
  ];
  for (const outlet of shares.outlets)
    for (const share of ATTRIBUTION_SHARES) {
      const cell = outlet[share];
      rows.push({
        ...blank,
        chart: "attribution_shares",
        outlet_id: outlet.outletId,
        key: share,
        measure: "share",
        value: cell.share,
        low: cell.low,
        high: cell.high,
        articles: outlet.articles,
      });
    }
  for (const speaker of speakers.speakers)
    rows.push({
      ...blank,
      chart: "top_speakers",
      outlet_id: speaker.outletId,
      key: speaker.key,
      label: speaker.speaker,
      actor_id: speaker.actorId,
      measure: "tags",
      value: speaker.tags,
      articles: speaker.articles,
    });
  for (const name of names.names)
    for (const measure of ["uses", "loaded"] as const)
      rows.push({
        ...blank,
        chart: "actor_names",
        outlet_id: name.outletId,
        key: name.key,
        label: name.name,
        actor_id: name.actorId,
        measure,
        value: name[measure],
        articles: name.articles,
      });
  for (const frame of frames.frames)
    rows.push({
      ...blank,
      chart: "frame_mix",
      outlet_id: frame.outletId,
      key: frame.code,
      label: frame.label,
      measure: "tags",
      value: frame.tags,
      articles: frame.articles,
    });
  for (const frame of forms.frames)
    rows.push({
      ...blank,
      chart: `${frame.which}_frame`,
      outlet_id: frame.outletId,
      key: frame.code,
      label: frame.label,
      measure: "articles",
      value: frame.articles,
    });
  return { columns: CHART_COLUMNS, rows };
}

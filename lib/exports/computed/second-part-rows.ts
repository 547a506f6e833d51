import type { CompareFilters } from "../../analytics/filters.ts";
import { countArticlesOverTime, type ArticlesOverTime } from "../../analytics/queries/count-articles-over-time.ts";
import { listSyndication, type SyndicationCell } from "../../analytics/queries/list-syndication.ts";
import { measureDivergence, type Divergence } from "../../analytics/queries/measure-divergence.ts";
import {
  LOADED_DIRECTIONS,
  measureLoadedLanguage,
  type DensityCell,
  type LoadedLanguage,
} from "../../analytics/queries/measure-loaded-language.ts";
import { measureTone, type Tone } from "../../analytics/queries/measure-tone.ts";
import { testOutletDifferences, type OutletDifference } from "../../analytics/queries/test-outlet-differences.ts";
import { chartRow } from "./chart-row.ts";
import type { Row } from "./table.ts";

const TONE_MEASURES = ["mean", "min", "q1", "median", "q3", "max", "forms"] as const;
const DIFFERENCE_MEASURES = [
  ["chi_square", "statistic"],
  ["cramers_v", "cramersV"],
  ["p", "p"],
  ["p_adjusted", "pAdjusted"],
] as const;

function densityRows(chart: string, outletId: string, actorId: string | null, cells: Record<string, DensityCell>) {
  return LOADED_DIRECTIONS.flatMap((direction) => {
    const cell = cells[direction];
    const base = { chart, outlet_id: outletId, actor_id: actorId, key: direction };
    return [
      chartRow({ ...base, measure: "per_1000_words", value: cell.density, low: cell.low, high: cell.high }),
      chartRow({ ...base, measure: "tags", value: cell.tags }),
    ];
  });
}

function divergenceRows(chart: string, divergence: Divergence): Row[] {
  return divergence.outlets.flatMap((row, i) =>
    divergence.outlets.flatMap((column, j) =>
      i === j
        ? []
        : [
            chartRow({
              chart,
              outlet_id: row.outletId,
              key: column.outletId,
              measure: "js_distance",
              value: divergence.distances[i][j],
              articles: row.articles,
            }),
          ],
    ),
  );
}

function differenceRows(chart: string, differences: OutletDifference[]): Row[] {
  return differences.flatMap((difference) => [
    ...DIFFERENCE_MEASURES.map(([measure, field]) =>
      chartRow({
        chart,
        outlet_id: difference.outletId,
        key: null,
        measure,
        value: difference[field],
        articles: difference.articles,
      }),
    ),
    ...(difference.largestGap
      ? (["share", "rest_share"] as const).map((which) =>
          chartRow({
            chart,
            outlet_id: difference.outletId,
            key: difference.largestGap!.key,
            measure: `largest_gap_${which}`,
            value: which === "share" ? difference.largestGap!.share : difference.largestGap!.restShare,
            articles: difference.articles,
          }),
        )
      : []),
  ]);
}

function loadedRows(loaded: LoadedLanguage): Row[] {
  return loaded.outlets.flatMap((outlet) => [
    chartRow({
      chart: "loaded_language",
      outlet_id: outlet.outletId,
      key: null,
      measure: "words",
      value: outlet.words,
      articles: outlet.articles,
    }),
    ...densityRows("loaded_language", outlet.outletId, null, outlet.densities),
    ...outlet.targets.flatMap((target) =>
      densityRows("loaded_language_by_target", outlet.outletId, target.actorId, target.densities),
    ),
  ]);
}

function toneRows(tone: Tone): Row[] {
  return tone.cells.flatMap((cell) =>
    TONE_MEASURES.map((measure) =>
      chartRow({
        chart: "tone",
        outlet_id: cell.outletId,
        actor_id: cell.actorId,
        key: null,
        measure,
        value: cell[measure],
        articles: cell.articles,
      }),
    ),
  );
}

function timelineRows(timeline: ArticlesOverTime, syndication: SyndicationCell[]): Row[] {
  const article = { chart: "timeline", measure: "articles" };
  return [
    ...timeline.buckets.map((bucket) =>
      chartRow({
        ...article,
        outlet_id: bucket.outletId,
        key: bucket.start,
        label: timeline.unit,
        value: bucket.articles,
      }),
    ),
    ...timeline.undated.map((undated) =>
      chartRow({ ...article, outlet_id: undated.outletId, key: null, label: "undated", value: undated.articles }),
    ),
    ...syndication.map((cell) =>
      chartRow({
        chart: "syndication",
        outlet_id: cell.copyOutletId,
        key: cell.originalOutletId,
        measure: "copies",
        value: cell.copies,
      }),
    ),
  ];
}

/**
 * The aggregates of the comparison's second part, long format: loaded language per 1,000 words (by direction, and
 * by target actor), tone per actor, the timeline and wire copies, the divergence matrices, the permutation tests.
 */
export async function secondPartRows(eventId: string, filters: CompareFilters): Promise<Row[]> {
  const [loaded, tone, timeline, syndication, frameDivergence, voiceDivergence, frameTests, voiceTests] =
    await Promise.all([
      measureLoadedLanguage(eventId, filters),
      measureTone(eventId, filters),
      countArticlesOverTime(eventId, filters),
      listSyndication(eventId, filters),
      measureDivergence(eventId, filters, "frames"),
      measureDivergence(eventId, filters, "actors"),
      testOutletDifferences(eventId, filters, "frames"),
      testOutletDifferences(eventId, filters, "actors"),
    ]);
  return [
    ...loadedRows(loaded),
    ...toneRows(tone),
    ...timelineRows(timeline, syndication),
    ...divergenceRows("divergence_frames", frameDivergence),
    ...divergenceRows("divergence_voices", voiceDivergence),
    ...differenceRows("differences_frames", frameTests),
    ...differenceRows("differences_voices", voiceTests),
  ];
}

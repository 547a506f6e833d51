import { formatWeight } from "@/components/charts/format";
import type { RangeDotRow, RangeDotScale } from "@/components/charts/range-dot-chart";
import { stackedShares, type StackInput } from "@/components/charts/stacked-shares";
import type { StackedShareData } from "@/components/charts/stacked-share-chart";
import type { TimelineData } from "@/components/charts/timeline-chart";
import { outletRows as compareOutletRows } from "@/components/compare/compare-view";
import { speakerTypeLabel } from "@/components/compare/labels";
import type { EventScope, OutletScope } from "@/lib/analytics/queries/count-scope";
import { isThin } from "@/lib/analytics/statistics/thin-data";
import { plural } from "@/lib/format";
import type { ReportSnapshot, SectionData } from "@/lib/reports/report-snapshot";
import { reportOutlets } from "./outlet-columns";
import { loadedReportCharts, timelineReportCharts, toneReportCharts } from "./second-part-charts";

/** A chart of a report, with the title its appendix table repeats: the same chart components as the comparison. */
export type ReportChart = { id: string; title: string } & (
  | { kind: "stack"; data: StackedShareData }
  | { kind: "range"; rows: RangeDotRow[]; scale: RangeDotScale; valueHeading: string; label: string }
  | { kind: "timeline"; data: TimelineData }
);

/** The bars of the outlets with counted articles, coloured by their place among all of the event's outlets. */
function outletRows(
  snapshot: ReportSnapshot,
  scope: EventScope,
  describe: (outlet: OutletScope) => { note: string; thin: boolean },
) {
  return compareOutletRows({ outlets: reportOutlets(snapshot) }, scope, describe);
}

// A report links nowhere: its reader may have no login, so segments carry no passage links.
const stack = (input: Omit<StackInput, "links">) => stackedShares({ ...input, links: null });

export function voiceCharts(snapshot: ReportSnapshot, data: SectionData["voices"]): ReportChart[] {
  const { voices } = data;
  const actorNames = new Map(data.actors.map((actor) => [actor.id, actor.name]));
  const rows = outletRows(snapshot, voices.scope, (outlet) => {
    const tags = voices.outletTotals.find((total) => total.outletId === outlet.outletId)?.tags ?? 0;
    return {
      note: `${plural(outlet.counted, "article")} · ${formatWeight(tags)} tags`,
      thin: isThin({ articles: outlet.counted, tags }),
    };
  });
  const cells = (list: typeof voices.byActor) =>
    list.map((cell) => ({ rowId: cell.outletId, key: cell.key, value: cell.tags }));
  return [
    {
      kind: "stack",
      id: "voices-actor",
      title: "Voices by actor, share of attributions",
      data: stack({
        rows,
        cells: cells(voices.byActor),
        unit: "tags",
        labelOf: (id) => actorNames.get(id) ?? "Removed actor",
        noneLabel: "No actor given",
      }),
    },
    {
      kind: "stack",
      id: "voices-speaker-type",
      title: "Voices by speaker type, share of attributions",
      data: stack({
        rows,
        cells: cells(voices.bySpeakerType),
        unit: "tags",
        labelOf: speakerTypeLabel,
        noneLabel: "No speaker type",
      }),
    },
  ];
}

export function frameCharts(snapshot: ReportSnapshot, data: SectionData["frames"]): ReportChart[] {
  const { mix, forms } = data;
  const labels = new Map([...mix.frames, ...forms.frames].map((frame) => [frame.code, frame.label]));
  const labelOf = (code: string) => labels.get(code) ?? code;
  const tagsOf = (outletId: string) =>
    mix.frames.filter((frame) => frame.outletId === outletId).reduce((sum, frame) => sum + frame.tags, 0);
  const spanRows = outletRows(snapshot, mix.scope, (outlet) => ({
    note: `${plural(outlet.counted, "article")} · ${formatWeight(tagsOf(outlet.outletId))} tags`,
    thin: isThin({ articles: outlet.counted, tags: tagsOf(outlet.outletId) }),
  }));
  const articleRows = outletRows(snapshot, forms.scope, (outlet) => ({
    note: plural(outlet.counted, "article"),
    thin: outlet.counted < 3,
  }));
  const formChart = (which: "primary" | "headline") =>
    stack({
      rows: articleRows,
      cells: forms.frames
        .filter((frame) => frame.which === which)
        .map((frame) => ({ rowId: frame.outletId, key: frame.code, value: frame.articles })),
      unit: "articles",
      labelOf,
      noneLabel: "Not set",
    });
  return [
    {
      kind: "stack",
      id: "frames-passages",
      title: "Frame mix of passages",
      data: stack({
        rows: spanRows,
        cells: mix.frames.map((frame) => ({ rowId: frame.outletId, key: frame.code, value: frame.tags })),
        unit: "frame tags",
        labelOf,
        noneLabel: "",
      }),
    },
    { kind: "stack", id: "frames-primary", title: "Primary frame of articles", data: formChart("primary") },
    { kind: "stack", id: "frames-headline", title: "Headline frame", data: formChart("headline") },
  ];
}

/** Every chart of a report, in the order they appear, for the appendix of tables behind them. */
export function reportCharts(snapshot: ReportSnapshot): ReportChart[] {
  const { voices, frames, loaded, tone, timeline } = snapshot.sections;
  return [
    ...(voices ? voiceCharts(snapshot, voices) : []),
    ...(frames ? frameCharts(snapshot, frames) : []),
    ...(loaded ? loadedReportCharts(snapshot, loaded) : []),
    ...(tone ? toneReportCharts(snapshot, tone) : []),
    ...(timeline ? timelineReportCharts(snapshot, timeline) : []),
  ];
}

import { loadedCharts } from "@/components/compare/loaded-charts";
import { timelineData } from "@/components/compare/timeline-data";
import { TONE_SCALE, toneCharts } from "@/components/compare/tone-charts";
import type { ReportSnapshot, SectionData } from "@/lib/reports/report-snapshot";
import { reportOutlets } from "./outlet-columns";
import type { ReportChart } from "./report-charts";

// The charts of the comparison's second part, built by the comparison's own row builders with no links.

export function loadedReportCharts(snapshot: ReportSnapshot, data: SectionData["loaded"]): ReportChart[] {
  const { rows, scale, charts } = loadedCharts(reportOutlets(snapshot), data.loaded, null);
  if (rows.length === 0) return [];
  return charts.map(({ direction, title, rows: densityRows }): ReportChart => ({
    kind: "range",
    id: `loaded-${direction}`,
    title: `${title}, per 1,000 words`,
    rows: densityRows,
    scale,
    valueHeading: "Per 1,000 words",
    label: `${title}: tags per 1,000 words per outlet with 95% intervals`,
  }));
}

export function toneReportCharts(snapshot: ReportSnapshot, data: SectionData["tone"]): ReportChart[] {
  const { charts } = toneCharts(reportOutlets(snapshot), data.tone, data.actors, null);
  return charts.map(({ actor, rows }): ReportChart => ({
    kind: "range",
    id: `tone-${actor.id}`,
    title: `Tone toward ${actor.name}`,
    rows,
    scale: TONE_SCALE,
    valueHeading: "Mean",
    label: `Tone toward ${actor.name} per outlet: mean, interquartile range and range over articles`,
  }));
}

export function timelineReportCharts(snapshot: ReportSnapshot, data: SectionData["timeline"]): ReportChart[] {
  const chart = timelineData(reportOutlets(snapshot), data.timeline, null);
  if (chart.buckets.length === 0) return [];
  return [{ kind: "timeline", id: "timeline", title: `Articles per ${data.timeline.unit} and outlet`, data: chart }];
}

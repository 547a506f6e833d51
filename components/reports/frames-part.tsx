import type { ReportSnapshot, SectionData } from "@/lib/reports/report-snapshot";
import { frameCharts } from "./report-charts";
import { ReportChartFigure } from "./report-chart-figure";

/** Frames: the frame mix of passages, then the primary and headline frames of articles. */
export function FramesPart({ snapshot, data }: { snapshot: ReportSnapshot; data: SectionData["frames"] }) {
  return frameCharts(snapshot, data).map((chart) => <ReportChartFigure key={chart.id} chart={chart} />);
}

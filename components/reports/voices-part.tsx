import { formatShare, formatWeight } from "@/components/charts/format";
import { speakerTypeLabel } from "@/components/compare/labels";
import { ATTRIBUTION_SHARES } from "@/lib/analytics/queries/measure-attribution-shares";
import type { ReportSnapshot, SectionData } from "@/lib/reports/report-snapshot";
import { voiceCharts } from "./report-charts";
import { ReportChartFigure } from "./report-chart-figure";
import styles from "./report.module.css";

const SHARE_TITLES = { anonymous: "Anonymous sources", unattributed: "Unattributed claims", direct: "Direct quotes" };

const outletName = (snapshot: ReportSnapshot, id: string) =>
  snapshot.outlets.find((outlet) => outlet.id === id)?.name ?? "Removed outlet";

/** Who gets a voice: the voice mix charts, how sources are given, and the most quoted speakers. */
export function VoicesPart({ snapshot, data }: { snapshot: ReportSnapshot; data: SectionData["voices"] }) {
  const actorNames = new Map(data.actors.map((actor) => [actor.id, actor.name]));
  return (
    <>
      {voiceCharts(snapshot, data).map((chart) => (
        <ReportChartFigure key={chart.id} chart={chart} />
      ))}
      <div className={styles.tableBlock}>
        <h3>How sources are given</h3>
        <table className="table">
          <caption>Share per outlet with its 95% bootstrap interval (part of whole, weighted tags).</caption>
          <thead>
            <tr>
              <th scope="col">Outlet</th>
              {ATTRIBUTION_SHARES.map((share) => (
                <th key={share} scope="col" className="numeric">
                  {SHARE_TITLES[share]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.shares.outlets.map((outlet) => (
              <tr key={outlet.outletId}>
                <th scope="row">{outletName(snapshot, outlet.outletId)}</th>
                {ATTRIBUTION_SHARES.map((share) => {
                  const cell = outlet[share];
                  return (
                    <td key={share} className="numeric">
                      {formatShare(cell.share)}
                      {cell.low !== null && ` [${formatShare(cell.low)}–${formatShare(cell.high)}]`} (
                      {formatWeight(cell.part)}/{formatWeight(cell.whole)}){cell.thin && " °"}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.tableBlock}>
        <h3>Most quoted speakers</h3>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Outlet</th>
              <th scope="col">Speaker</th>
              <th scope="col" className="numeric">
                Attributions
              </th>
              <th scope="col" className="numeric">
                Quoted words
              </th>
            </tr>
          </thead>
          <tbody>
            {data.speakers.speakers.map((speaker) => (
              <tr key={`${speaker.outletId}:${speaker.key}`}>
                <td>{outletName(snapshot, speaker.outletId)}</td>
                <td>
                  <bdi>{speaker.speaker}</bdi>
                  <span className={styles.muted}>
                    {" "}
                    {[
                      speaker.actorId && actorNames.get(speaker.actorId),
                      speaker.speakerType && speakerTypeLabel(speaker.speakerType),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </td>
                <td className="numeric">{formatWeight(speaker.tags)}</td>
                <td className="numeric">{formatWeight(speaker.words)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

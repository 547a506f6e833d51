import type { OutletCoverage, SyndicatedCounting } from "@/lib/events/queries";
import type { PublicationTimeline as Timeline } from "@/lib/events/publication-timeline";
import { formatDay, plural } from "@/lib/format";
import { DataTable } from "../ui/data-table";
import { outletColor } from "./outlet-colors";
import { PublicationChart, type ChartDay, type ChartSeries } from "./publication-chart";
import styles from "./publication-timeline.module.css";

/** Who published when: a stacked bar chart, and the same numbers as a table for screen readers and print. */
export function PublicationTimeline(props: {
  timeline: Timeline;
  coverage: OutletCoverage[];
  counting: SyndicatedCounting;
}) {
  const { timeline, counting } = props;
  // Outlets in the coverage order (most articles first), coloured by that rank, keeping those with a dated article.
  const series: ChartSeries[] = props.coverage
    .map((row, index) => ({ id: row.outletId, name: row.outletName, color: outletColor(index) }))
    .filter((outlet) => timeline.counts.some((count) => count.outletId === outlet.id));
  const data = chartDays(timeline);
  const perDay = (day: string) => data.find((row) => row.day === day)!;
  const totalOf = (row: ChartDay) => series.reduce((sum, outlet) => sum + Number(row[outlet.id] ?? 0), 0);
  const range = timeline.days.length
    ? `${formatDay(timeline.days[0])} – ${formatDay(timeline.days.at(-1)!)}`
    : "no dated articles";
  return (
    <section className="card" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Publication timeline</h2>
      <p className="muted small">
        Articles per day (UTC) and outlet
        {counting === "once" ? ", each syndicated story counted once" : ", syndicated copies counted per outlet"}.
        {timeline.undated > 0 && ` ${plural(timeline.undated, "article")} without a publication date not shown.`}
      </p>
      {timeline.days.length === 0 ? (
        <p className="muted">None of this event&apos;s articles has a publication date yet.</p>
      ) : (
        <figure className={styles.figure}>
          <div
            role="img"
            aria-label={`Stacked bar chart of articles per day per outlet, ${range}. The table below gives the numbers.`}
            className={styles.chartBox}
          >
            <PublicationChart data={data} series={series} />
          </div>
          {/* An HTML legend rather than Recharts': it wraps without taking the chart's height on a phone. */}
          <ul className={styles.legend} aria-label="Outlets, from the bottom of each bar">
            {series.map((outlet) => (
              <li key={outlet.id}>
                <span className={styles.swatch} style={{ background: outlet.color }} /> <bdi>{outlet.name}</bdi>
              </li>
            ))}
          </ul>
          <details>
            <summary>Show the numbers as a table</summary>
            <div className={styles.tableScroll}>
              <DataTable
                label="Articles per day per outlet"
                columns={[
                  { label: "Outlet" },
                  ...timeline.days.map((day) => ({ label: formatDay(day), numeric: true })),
                ]}
              >
                {series.map((outlet) => (
                  <tr key={outlet.id}>
                    <th scope="row">
                      <span className={styles.swatch} style={{ background: outlet.color }} /> <bdi>{outlet.name}</bdi>
                    </th>
                    {timeline.days.map((day) => (
                      <td key={day} className="numeric">
                        {perDay(day)[outlet.id] ?? 0}
                      </td>
                    ))}
                  </tr>
                ))}
                <tr>
                  <th scope="row">All outlets</th>
                  {timeline.days.map((day) => (
                    <td key={day} className="numeric">
                      {totalOf(perDay(day))}
                    </td>
                  ))}
                </tr>
              </DataTable>
            </div>
          </details>
        </figure>
      )}
    </section>
  );
}

function chartDays(timeline: Timeline): ChartDay[] {
  return timeline.days.map((day) => {
    const row: ChartDay = { day, label: formatDay(day) };
    for (const count of timeline.counts) if (count.day === day) row[count.outletId] = count.articles;
    return row;
  });
}

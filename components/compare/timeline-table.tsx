import chartStyles from "@/components/charts/charts.module.css";
import type { TimelineData } from "@/components/charts/timeline-chart";

/** The timeline as a table: one row per bucket, one column per outlet. */
export function TimelineTable({ data }: { data: TimelineData }) {
  return (
    <div className={chartStyles.tableScroll}>
      <table className="table">
        <caption className={chartStyles.caption}>Articles per bucket and outlet</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            {data.series.map((series) => (
              <th key={series.key} scope="col" className="numeric">
                <bdi>{series.label}</bdi>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.buckets.map((bucket) => (
            <tr key={bucket.start}>
              <th scope="row">
                {data.hrefs[bucket.start] ? <a href={data.hrefs[bucket.start]}>{bucket.label}</a> : bucket.label}
              </th>
              {data.series.map((series) => (
                <td key={series.key} className="numeric">
                  {data.values[bucket.start]?.[series.key] ?? 0}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

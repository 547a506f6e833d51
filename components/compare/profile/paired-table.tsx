import chartStyles from "@/components/charts/charts.module.css";
import type { PairedRow } from "@/components/charts/paired-bar-chart";

/** One row per category: the outlet's value and the other outlets' average. */
export function PairedTable({ caption, rows, outletName }: { caption: string; rows: PairedRow[]; outletName: string }) {
  return (
    <div className={chartStyles.tableScroll}>
      <table className="table" data-testid="paired-table">
        <caption className={chartStyles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col" className="numeric">
              <bdi>{outletName}</bdi>
            </th>
            <th scope="col" className="numeric">
              Other outlets, average
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="numeric">{row.outletLabel}</td>
              <td className="numeric">{row.othersLabel}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

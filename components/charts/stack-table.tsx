import styles from "./charts.module.css";
import { formatShare, formatWeight } from "./format";
import type { StackedShareData } from "./stacked-share-chart";
import { seriesHref } from "./stacked-shares";

/** A stacked chart's numbers as a table: one row per outlet, share and count per series, each a link to passages. */
export function StackTable({ data, caption }: { data: StackedShareData; caption: string }) {
  return (
    <div className={styles.tableScroll}>
      <table className="table">
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Outlet</th>
            {data.series.map((series) => (
              <th key={series.key} scope="col" className="numeric">
                <span className={styles.swatch} style={{ background: series.color }} /> {series.label}
              </th>
            ))}
            <th scope="col" className="numeric">
              All ({data.unit})
            </th>
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <span className={styles.swatch} style={{ background: row.color }} /> <bdi>{row.label}</bdi>
                {row.thin && <span className={styles.thin}> thin</span>}
              </th>
              {data.series.map((series) => {
                const value = data.values[row.id]?.[series.key] ?? 0;
                const href = seriesHref(data, row.id, series.key);
                const text = `${formatShare(row.total ? value / row.total : null)} (${formatWeight(value)})`;
                return (
                  <td key={series.key} className="numeric">
                    {value > 0 && href ? <a href={href}>{text}</a> : value > 0 ? text : "–"}
                  </td>
                );
              })}
              <td className="numeric">{formatWeight(row.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

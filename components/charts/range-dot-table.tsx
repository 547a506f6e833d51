import styles from "./charts.module.css";
import type { RangeDotRow } from "./range-dot-chart";

/** The table view of a range-dot chart: each outlet's value (a link to its passages) and what its marks mean. */
export function RangeDotTable(props: { caption: string; valueHeading: string; rows: RangeDotRow[] }) {
  return (
    <div className={styles.tableScroll}>
      <table className="table">
        <caption className={styles.caption}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Outlet</th>
            <th scope="col" className="numeric">
              {props.valueHeading}
            </th>
            <th scope="col">Detail</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <bdi>{row.label}</bdi>
                {row.thin && <span className={styles.thin}> thin</span>}
              </th>
              <td className="numeric">{row.href ? <a href={row.href}>{row.valueLabel}</a> : row.valueLabel}</td>
              <td>{row.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

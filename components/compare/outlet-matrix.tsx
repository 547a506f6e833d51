import type { ReactNode } from "react";
import type { OutletInfo } from "./compare-view";
import styles from "./compare.module.css";
import { OutletColumnsHead } from "./outlet-columns-head";
import { ThinKey } from "./thin-mark";

/** A row of the table: an actor, a claim; a null id is "No actor given". */
interface MatrixRow {
  id: string | null;
  name: string;
}

interface Props<Row extends MatrixRow> {
  testId: string;
  caption?: ReactNode;
  /** The heading of the rows' column: "Claim", "Actor". */
  first: string;
  outlets: OutletInfo[];
  /** Off in a report: its readers may have no login. */
  linkProfiles?: boolean;
  rows: Row[];
  /** What the row's heading cell holds; its name unless given. */
  heading?: (row: Row) => ReactNode;
  /** The row's cell (a `td`) for one outlet. */
  cell: (row: Row, outlet: OutletInfo) => ReactNode;
}

/**
 * A comparison table with the outlets as columns: the rows (claims, actors) as row headings, a cell per outlet,
 * scrolling sideways when wide, and the key to its thin marks. Shared by the section tables built in the browser.
 */
export function OutletMatrix<Row extends MatrixRow>(props: Props<Row>) {
  const { testId, caption, first, outlets, linkProfiles, rows, heading = (row) => <bdi>{row.name}</bdi>, cell } = props;
  return (
    <div className={styles.scroll}>
      <table className={styles.matrix} data-testid={testId}>
        {caption && <caption className={styles.note}>{caption}</caption>}
        <OutletColumnsHead first={first} outlets={outlets} linkProfiles={linkProfiles} />
        <tbody>
          {rows.map((row) => (
            <tr key={row.id ?? "none"}>
              <th scope="row">{heading(row)}</th>
              {outlets.map((outlet) => cell(row, outlet))}
            </tr>
          ))}
        </tbody>
      </table>
      <ThinKey />
    </div>
  );
}

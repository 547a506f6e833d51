import styles from "./report.module.css";

/**
 * The head of a report's outlets-as-columns table. Unlike the comparison's, outlets are not links: a report's
 * reader may have no login.
 */
export function OutletHead({
  first,
  outlets,
}: {
  first: string;
  outlets: { id: string; name: string; color: string }[];
}) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {outlets.map((outlet) => (
          <th key={outlet.id} scope="col">
            <span className={styles.swatch} style={{ background: outlet.color }} /> <bdi>{outlet.name}</bdi>
          </th>
        ))}
      </tr>
    </thead>
  );
}

import styles from "./compare.module.css";

/** The head of an outlets-as-columns table: the row heading, then each outlet with its colour swatch. */
export function OutletColumnsHead({
  first,
  outlets,
}: {
  first: string;
  outlets: { id: string; color: string; name: string }[];
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

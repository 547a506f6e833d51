import Link from "next/link";
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
            <span className={styles.swatch} style={{ background: outlet.color }} />{" "}
            <Link href={`/outlets/${outlet.id}`} title={`Profile of ${outlet.name} across events`}>
              <bdi>{outlet.name}</bdi>
            </Link>
          </th>
        ))}
      </tr>
    </thead>
  );
}

import styles from "./compare.module.css";

/**
 * The head of an outlets-as-columns table: the row heading, then each outlet with its colour swatch. Reports
 * turn the profile links off: their readers may have no login.
 */
export function OutletColumnsHead({
  first,
  outlets,
  linkProfiles = true,
}: {
  first: string;
  outlets: { id: string; color: string; name: string }[];
  linkProfiles?: boolean;
}) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {outlets.map((outlet) => (
          <th key={outlet.id} scope="col">
            <span className={styles.swatch} style={{ background: outlet.color }} />{" "}
            {linkProfiles ? (
              <a href={`/outlets/${outlet.id}`} title={`Profile of ${outlet.name} across events`}>
                <bdi>{outlet.name}</bdi>
              </a>
            ) : (
              <bdi>{outlet.name}</bdi>
            )}
          </th>
        ))}
      </tr>
    </thead>
  );
}

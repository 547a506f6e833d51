import { formatWeight } from "@/components/charts/format";
import type { OutletName } from "@/lib/analytics/profile/list-outlet-names";
import styles from "./outlet-profile.module.css";

/** The names the outlet uses most for actors, loaded ones marked. */
export function OutletNames({ names }: { names: OutletName[] }) {
  return (
    <>
      <h3>Names it uses most</h3>
      {names.length === 0 ? (
        <p className="muted">No naming tagged yet.</p>
      ) : (
        <ul className={styles.names} data-testid="outlet-names">
          {names.map((name) => (
            <li key={`${name.actor}:${name.key}`}>
              <strong>&ldquo;{name.name}&rdquo;</strong>
              <span className="muted">
                for <bdi>{name.actor}</bdi> · {formatWeight(name.uses)}×
              </span>
              {name.loaded > 0 && (
                <span className={styles.loaded} title={`${formatWeight(name.loaded)} uses tagged as loaded language`}>
                  loaded
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

import type { ReactNode } from "react";
import styles from "./event-list.module.css";

/** Lays the actors and claims cards side by side where there is room, stacked otherwise. */
export function ActorsAndClaims({ children }: { children: ReactNode }) {
  return <div className={styles.pair}>{children}</div>;
}

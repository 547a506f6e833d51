import type { ReactNode } from "react";
import styles from "./table-scroll.module.css";

export function TableScroll({ children }: { children: ReactNode }) {
  return <div className={styles.scroll}>{children}</div>;
}

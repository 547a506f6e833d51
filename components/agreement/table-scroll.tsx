import type { ReactNode } from "react";
import styles from "./agreement.module.css";

/** A table that scrolls sideways on a narrow screen; focusable so the keyboard can scroll it too. */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

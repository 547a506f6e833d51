import type { OutletCoverage } from "@/lib/events/queries";
import styles from "./outlet-articles.module.css";

/** Links to each outlet's list further down: with twenty outlets, scrolling to one is slow. */
export function OutletIndex({ coverage }: { coverage: OutletCoverage[] }) {
  if (coverage.length < 4) return null;
  return (
    <nav aria-label="Outlets in this event" className={styles.index}>
      <span className="muted small">Jump to:</span>
      <ul>
        {coverage.map((row) => (
          <li key={row.outletId}>
            <a href={`#outlet-${row.outletId}`}>
              <bdi>{row.outletName}</bdi>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import type { ReactNode } from "react";
import styles from "./event-list.module.css";

interface EventListCardProps {
  title: string;
  intro: string;
  isEmpty: boolean;
  emptyText: string;
  /** The rows, as <li> elements. */
  children: ReactNode;
  /** The add form, for those who may edit. */
  adder?: ReactNode;
}

/** A card listing an event's actors or claims in order, readable by everyone. */
export function EventListCard({ title, intro, isEmpty, emptyText, children, adder }: EventListCardProps) {
  const headingId = `${title.toLowerCase()}-heading`;
  return (
    <section className={`card ${styles.card}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="muted small">{intro}</p>
      {isEmpty ? <p className="muted">{emptyText}</p> : <ol className={styles.list}>{children}</ol>}
      {adder}
    </section>
  );
}

/** A row as readers without editing rights see it. */
export function ReadOnlyItem({ children }: { children: ReactNode }) {
  return (
    <li className={styles.item}>
      <div className={styles.summary}>{children}</div>
    </li>
  );
}

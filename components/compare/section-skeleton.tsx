import styles from "./compare.module.css";

/** A section's place while its query runs, so the page does not jump when it arrives. */
export function SectionSkeleton({ title }: { title: string }) {
  return (
    <section className={`card ${styles.section}`} aria-busy="true" aria-label={`${title}: loading`}>
      <h2>{title}</h2>
      <div className={styles.skeleton}>
        <p className="muted small">Counting…</p>
        <div />
        <div className={styles.block} />
      </div>
    </section>
  );
}

import styles from "./agreement.module.css";

/** Stands in for the tables while the event's tags are read and compared. */
export function AgreementSkeleton() {
  return (
    <div aria-busy="true" aria-live="polite" className={styles.skeleton}>
      <p className="muted">Comparing the reviewers&rsquo; tags…</p>
      <div className={`card ${styles.block}`} />
      <div className={`card ${styles.block}`} />
    </div>
  );
}

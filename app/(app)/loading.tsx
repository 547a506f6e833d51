import styles from "./loading.module.css";

/** Shown while a page's data loads: the shape of a page, so the layout does not jump when it arrives. */
export default function Loading() {
  return (
    <div aria-busy="true" aria-live="polite" className={styles.loading}>
      <p className="muted">Loading…</p>
      <div className={`${styles.bar} ${styles.heading}`} />
      <div className={styles.bar} />
      <div className={`card ${styles.block}`} />
    </div>
  );
}

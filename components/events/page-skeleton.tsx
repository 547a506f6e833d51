import styles from "./page-skeleton.module.css";

/**
 * The shape of a page while its data loads, so the layout does not jump when it arrives. Routes use it in
 * a leaf loading.tsx only: a loading boundary starts the response, and a 404 or 403 decided inside it
 * would go out as 200, so the checks that decide the status run in a layout above it.
 */
export function PageSkeleton() {
  return (
    <div aria-busy="true" aria-live="polite" className={styles.loading}>
      <p className="muted">Loading…</p>
      <div className={`${styles.bar} ${styles.heading}`} />
      <div className={styles.bar} />
      <div className={`card ${styles.block}`} />
    </div>
  );
}

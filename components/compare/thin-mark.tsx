import { THIN_ARTICLES, THIN_TAGS } from "@/lib/analytics/statistics/thin-data";
import styles from "./compare.module.css";

export const THIN_MEANING = `thin: fewer than ${THIN_ARTICLES} articles or ${THIN_TAGS} tags, so one article more or less could change it`;

/** The mark of a number too thin to trust: a small ° with its meaning on hover and for screen readers. */
export function ThinMark() {
  return (
    <span className={styles.thinMark} role="img" aria-label="thin data" title={THIN_MEANING}>
      °
    </span>
  );
}

/** The key to the ° marks, under a table that has them. */
export function ThinKey() {
  return <p className={styles.note}>° {THIN_MEANING}.</p>;
}

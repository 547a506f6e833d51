"use client";

import { THIN_ARTICLES, THIN_TAGS } from "@/lib/analytics/statistics/thin-data";
import styles from "./compare.module.css";

const THIN_MEANING = `thin: fewer than ${THIN_ARTICLES} articles or ${THIN_TAGS} tags, so one article more or less could change it`;

/**
 * The mark of a number too thin to trust: a small ° with its meaning on hover and for screen readers. A client
 * component only so that each of the ~1,000 marks of a 50-outlet comparison is a short reference in the page's
 * payload rather than its whole sentence again; it renders the same HTML.
 */
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

import { filterParams } from "@/lib/analytics/filters";
import type { CompareView } from "./compare-view";
import styles from "./compare.module.css";

/** The search parameter that asks for every outlet in the divergence matrices. */
export const ALL_OUTLETS_PARAM = "matrix";

/** Says the matrices show only the most covered outlets, and how to see others; or, showing all, how to go back. */
export function MatrixLimitNote({ view, shown, of }: { view: CompareView; shown: number; of: number }) {
  const params = filterParams(view.filters);
  if (shown < of) params.set(ALL_OUTLETS_PARAM, "all");
  const href = `${view.path}?${params}#divergence`;
  return (
    <p className={styles.note} data-testid="divergence-limit">
      {shown < of ? (
        <>
          Showing the {shown} outlets with the most counted articles, of {of}. Choose outlets in the filters above to
          compare others, or <a href={href}>show all {of} outlets</a> ({(of * of).toLocaleString("en")} cells a matrix, slow to load).
        </>
      ) : (
        <>
          Showing all {of} outlets. <a href={href}>Show only the most covered</a>.
        </>
      )}
    </p>
  );
}

import { plural } from "@/lib/format";
import styles from "./merge-outlet.module.css";

export interface MergedSummary {
  merged: string;
  moved: number;
  dropped: number;
}

/** Shown on the target outlet after a merge, so the admin sees what happened where it ended up. */
export function MergedNotice({ summary, target }: { summary: MergedSummary; target: string }) {
  return (
    <p className={styles.notice} role="status" data-testid="merged-notice">
      Merged “{summary.merged}” into {target}: {plural(summary.moved, "article")} moved
      {summary.dropped > 0 && `, ${plural(summary.dropped, "duplicate")} deleted`}. Its name and aliases are now aliases
      of {target}.
    </p>
  );
}

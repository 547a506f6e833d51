import type { ReviewerProgress } from "@/lib/assignments/reviewer-progress";
import { DataTable } from "../ui/data-table";
import styles from "./assignments.module.css";

const COLUMNS = [{ label: "Reviewer" }, { label: "Assigned", numeric: true }, { label: "Submitted", numeric: true }];

/** One row per reviewer: a tick box when they can take work, and their assigned and submitted counts. */
export function ReviewerTable({ reviewers, ticked }: { reviewers: ReviewerProgress[]; ticked: ReadonlySet<string> }) {
  return (
    <DataTable columns={COLUMNS} label="Assignments per reviewer">
      {reviewers.map((reviewer) => (
        <tr key={reviewer.reviewerId}>
          <td>
            {reviewer.assignable ? (
              <label className={styles.tick}>
                <input
                  type="checkbox"
                  name="reviewerIds"
                  value={reviewer.reviewerId}
                  defaultChecked={ticked.has(reviewer.reviewerId)}
                  aria-label={`Assign to ${reviewer.name}`}
                />
                <bdi>{reviewer.name}</bdi>
              </label>
            ) : (
              <>
                <bdi>{reviewer.name}</bdi> <span className="muted small">· can no longer be assigned</span>
              </>
            )}
          </td>
          <td className="numeric">{reviewer.assigned}</td>
          <td className="numeric">{reviewer.submitted}</td>
        </tr>
      ))}
    </DataTable>
  );
}

import { formatDate } from "@/lib/format";
import type { AdminLexiconEntry } from "@/lib/lexicon/list-lexicon-entries";
import { loadedCategoryLabel } from "@/lib/lexicon/loaded-categories";
import { DataTable } from "../ui/data-table";
import styles from "./lexicon.module.css";

const COLUMNS = [
  { label: "Term" },
  { label: "Category" },
  { label: "Usual direction" },
  { label: "Note" },
  { label: "Added" },
  { label: "" },
];

/** The admins' terms in use; removing one stops its suggestions (the row is kept, marked removed). */
export function AdminTermsTable(props: { entries: AdminLexiconEntry[]; remove: (form: FormData) => Promise<void> }) {
  if (props.entries.length === 0)
    return <p className="muted">No terms added yet: suggestions use the shipped lexicon below.</p>;
  return (
    <div className={styles.scroll}>
      <DataTable columns={COLUMNS} label="Terms added by admins" testId="admin-terms">
        {props.entries.map((entry) => (
          <tr key={entry.id}>
            <td>
              <strong>{entry.term}</strong>
            </td>
            <td>{loadedCategoryLabel(entry.categoryCode)}</td>
            <td>{entry.direction ?? <span className="muted">depends on the target</span>}</td>
            <td>{entry.note ?? <span className="muted">—</span>}</td>
            <td className={styles.nowrap}>
              {formatDate(entry.createdAt)}
              {entry.addedBy && <span className="muted small"> by {entry.addedBy.name}</span>}
            </td>
            <td>
              <form action={props.remove}>
                <input type="hidden" name="id" value={entry.id} />
                <button type="submit" className={styles.remove} aria-label={`Remove “${entry.term}”`}>
                  Remove
                </button>
              </form>
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}

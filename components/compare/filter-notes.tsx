import styles from "./compare.module.css";

/** What the page ignored in its URL and why, so a mangled link explains itself instead of failing. */
export function FilterNotes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <div className={styles.notes} role="status" data-testid="filter-notes">
      {notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
    </div>
  );
}

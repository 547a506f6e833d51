import { plural } from "@/lib/format";
import { loadedCategoryLabel } from "@/lib/lexicon/loaded-categories";
import { SHIPPED_ORIGIN, type ShippedTerm } from "@/lib/lexicon/shipped-lexicon";
import { DataTable } from "../ui/data-table";
import styles from "./lexicon.module.css";

const COLUMNS = [{ label: "Term" }, { label: "Category" }, { label: "Usual direction" }];

/** The terms that ship with Framewise, read-only, with where the list comes from; folded, as it is long. */
export function ShippedTerms({ terms }: { terms: ShippedTerm[] }) {
  return (
    <section className="card" aria-labelledby="shipped-heading">
      <h2 id="shipped-heading">Shipped terms</h2>
      <p className="muted">
        {plural(terms.length, "term")} from <code>{SHIPPED_ORIGIN.file}</code>. {SHIPPED_ORIGIN.source} They change with
        the code, not here.
      </p>
      <details>
        <summary>Show the shipped terms</summary>
        <div className={styles.scroll}>
          <DataTable columns={COLUMNS} label="Shipped terms" testId="shipped-terms">
            {terms.map((term) => (
              <tr key={`${term.category} ${term.term}`}>
                <td>{term.term}</td>
                <td>{loadedCategoryLabel(term.category)}</td>
                <td>{term.direction ?? <span className="muted">depends on the target</span>}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      </details>
    </section>
  );
}

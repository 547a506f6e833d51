import { plural } from "@/lib/format";
import { loadedCategoryLabel } from "@/lib/lexicon/loaded-categories";
import type { ShippedListSummary, ShippedTerm } from "@/lib/lexicon/shipped-lexicon";
import { DataTable } from "../ui/data-table";
import styles from "./lexicon.module.css";

const COLUMNS = [{ label: "Term" }, { label: "Category" }, { label: "Usual direction" }, { label: "List" }];

/** The terms that ship with Framewise, read-only, with where each list comes from; folded, as it is long. */
export function ShippedTerms({ lists, terms }: { lists: ShippedListSummary[]; terms: ShippedTerm[] }) {
  return (
    <section className="card" aria-labelledby="shipped-heading">
      <h2 id="shipped-heading">Shipped terms</h2>
      <p className="muted">
        {plural(terms.length, "term")} from {plural(lists.length, "list")}. They change with the code, not here; the
        selection rules are in <code>lib/suggestions/lexicon/README.md</code>.
      </p>
      <dl className={styles.lists}>
        {lists.map((list) => (
          <div key={list.name}>
            <dt>
              {list.name} <span className="muted small">({plural(list.count, "term")})</span>
            </dt>
            <dd>
              {list.origin} <code className="small">{list.file}</code>
            </dd>
          </div>
        ))}
      </dl>
      <details>
        <summary>Show the shipped terms</summary>
        <div className={styles.scroll}>
          <DataTable columns={COLUMNS} label="Shipped terms" testId="shipped-terms">
            {terms.map((term) => (
              <tr key={`${term.category} ${term.term}`}>
                <td>{term.term}</td>
                <td>{loadedCategoryLabel(term.category)}</td>
                <td>{term.direction ?? <span className="muted">depends on the target</span>}</td>
                <td className="muted small">{term.list}</td>
              </tr>
            ))}
          </DataTable>
        </div>
      </details>
    </section>
  );
}

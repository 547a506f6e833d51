import Link from "next/link";
import { formatDay } from "@/lib/format";
import type { Basis, CompareFilters as Filters, Copies } from "@/lib/analytics/filters";
import type { OutletInfo } from "./compare-view";
import styles from "./filters.module.css";

export const BASIS_LABELS: Record<Basis, string> = {
  "prefer-gold": "Gold where adjudicated, else reviewers averaged",
  "gold-only": "Adjudicated gold only",
  reviewers: "Reviewers only (gold ignored)",
};

const COPIES_LABELS: Record<Copies, string> = {
  each: "Counted for each outlet that ran them",
  once: "Counted once, for the original",
};

interface Props {
  path: string;
  filters: Filters;
  outlets: (OutletInfo & { articles: number })[];
  versions: number[];
}

/**
 * The comparison's filters as a plain GET form: applying them changes the URL, so a view can be shared, and it
 * works without scripts. Folded under a summary of what is applied.
 */
export function CompareFilters({ path, filters, outlets, versions }: Props) {
  const chosen = (id: string) => filters.outlets.length === 0 || filters.outlets.includes(id);
  const summary = [
    filters.outlets.length ? `${filters.outlets.length} of ${outlets.length} outlets` : `all ${outlets.length} outlets`,
    filters.from || filters.to
      ? `${filters.from ? formatDay(filters.from) : "start"} – ${filters.to ? formatDay(filters.to) : "end"}`
      : "all dates",
    BASIS_LABELS[filters.basis].toLowerCase(),
    filters.copies === "once" ? "copies once" : "copies per outlet",
    filters.version ? `codebook version ${filters.version}` : "all codebook versions",
  ].join(" · ");
  return (
    <details className={`card ${styles.filters}`}>
      <summary>
        <span className={styles.summaryLabel}>Filters</span> <span data-testid="filter-summary">{summary}</span>
      </summary>
      <form method="get" action={path} className={styles.form} aria-label="Comparison filters">
        <fieldset className={styles.outlets}>
          <legend>Outlets</legend>
          {outlets.map((outlet) => (
            <label key={outlet.id} className="checkbox">
              <input type="checkbox" name="outlets" value={outlet.id} defaultChecked={chosen(outlet.id)} />
              <span className={styles.swatch} style={{ background: outlet.color }} />
              <bdi>{outlet.name}</bdi> <span className="muted small">({outlet.articles})</span>
            </label>
          ))}
        </fieldset>
        <div className={styles.fields}>
          <label>
            Published from
            <input type="date" name="from" defaultValue={filters.from ?? ""} />
          </label>
          <label>
            to
            <input type="date" name="to" defaultValue={filters.to ?? ""} />
          </label>
          <label>
            Tags counted
            <select name="basis" defaultValue={filters.basis}>
              {Object.entries(BASIS_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Syndicated copies
            <select name="copies" defaultValue={filters.copies}>
              {Object.entries(COPIES_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Codebook version
            <select name="version" defaultValue={filters.version ?? ""}>
              <option value="">All versions (categories matched by code)</option>
              {versions.map((version) => (
                <option key={version} value={version}>
                  Version {version} only
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className={styles.actions}>
          <button type="submit">Apply filters</button>
          <Link href={path}>Reset</Link>
        </div>
      </form>
    </details>
  );
}

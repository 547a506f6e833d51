import type { SpanCounts, SpanKindGroup } from "@/lib/agreement/measure-span-agreement";
import { KIND_LABELS } from "@/components/tagging/kinds";
import type { CategoryKind } from "@/components/tagging/types";
import { DataTable } from "@/components/ui/data-table";
import { formatCount } from "@/lib/format";
import { AlphaFigure } from "./alpha-figure";
import styles from "./agreement.module.css";
import { formatCoefficient } from "./format-coefficient";
import { TableScroll } from "./table-scroll";

const COLUMNS = [
  { label: "Category" },
  { label: "Articles", numeric: true },
  { label: "Tags", numeric: true },
  { label: "Matched pairs", numeric: true },
  { label: "Unmatched tags", numeric: true },
  { label: "F1, overlap ≥ 0.5", numeric: true },
  { label: "F1, exact", numeric: true },
  { label: "Unitizing α", numeric: true },
];

/** Passage tags per category, one table per kind with the kind's total last. */
export function SpanAgreementTable({ groups }: { groups: SpanKindGroup[] }) {
  return groups.map((group) => {
    const label = KIND_LABELS[group.kind as CategoryKind] ?? group.kind;
    return (
      <div key={group.kind} className={styles.kind}>
        <h3>{label}</h3>
        {group.categories.length > 0 ? (
          <TableScroll label={`Span agreement: ${label}`}>
            <DataTable columns={COLUMNS} label={`Span agreement: ${label}`}>
              {group.categories.map((category) => (
                <SpanRow key={category.code} name={category.label} counts={category} />
              ))}
              {group.categories.length > 1 && (
                <SpanRow name={`All ${label.toLowerCase()}`} counts={group.total} total />
              )}
            </DataTable>
          </TableScroll>
        ) : (
          <p className="muted">No reviewer used a category of this kind in these articles.</p>
        )}
        {group.unused.length > 0 && (
          <p className={`muted ${styles.unused}`}>
            Not used by any reviewer: {group.unused.map((category) => category.label).join(", ")}.
          </p>
        )}
      </div>
    );
  });
}

function SpanRow({ name, counts, total = false }: { name: string; counts: SpanCounts; total?: boolean }) {
  return (
    <tr className={total ? styles.total : undefined}>
      <th scope="row">{name}</th>
      <td className="numeric">{formatCount(counts.articles)}</td>
      <td className="numeric">{formatCount(counts.tags)}</td>
      <td className="numeric">{formatCount(counts.matched)}</td>
      <td className="numeric">{formatCount(counts.unmatched)}</td>
      <td className="numeric">{formatCoefficient(counts.f1)}</td>
      <td className="numeric">{formatCoefficient(counts.exactF1)}</td>
      <td className="numeric">
        <AlphaFigure figure={counts.unitizing} />
      </td>
    </tr>
  );
}

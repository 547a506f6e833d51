import type { ReviewerPairRow } from "@/lib/agreement/measure-reviewer-pairs";
import { DataTable } from "@/components/ui/data-table";
import { formatCount } from "@/lib/format";
import { AlphaFigure } from "./alpha-figure";
import { formatCoefficient } from "./format-coefficient";
import { TableScroll } from "./table-scroll";

const COLUMNS = [
  { label: "Reviewers (A and B)" },
  { label: "Articles", numeric: true },
  { label: "Tags A / B", numeric: true },
  { label: "Matched", numeric: true },
  { label: "Only A", numeric: true },
  { label: "Only B", numeric: true },
  { label: "F1, overlap ≥ 0.5", numeric: true },
  { label: "F1, exact", numeric: true },
  { label: "Primary frame α", numeric: true },
];

/** Each pair of reviewers who coded the same articles: who disagrees with whom. */
export function ReviewerPairsTable({ pairs }: { pairs: ReviewerPairRow[] }) {
  return (
    <TableScroll label="Agreement per reviewer pair">
      <DataTable columns={COLUMNS} label="Agreement per reviewer pair">
        {pairs.map((pair) => (
          <tr key={`${pair.a.id}:${pair.b.id}`}>
            <th scope="row">
              {pair.a.name} and {pair.b.name}
            </th>
            <td className="numeric">{formatCount(pair.articles)}</td>
            <td className="numeric">
              {formatCount(pair.tagsA)} / {formatCount(pair.tagsB)}
            </td>
            <td className="numeric">{formatCount(pair.spans.matched)}</td>
            <td className="numeric">{formatCount(pair.spans.onlyA)}</td>
            <td className="numeric">{formatCount(pair.spans.onlyB)}</td>
            <td className="numeric">{formatCoefficient(pair.spans.f1)}</td>
            <td className="numeric">{formatCoefficient(pair.exactF1)}</td>
            <td className="numeric">
              <AlphaFigure figure={pair.primaryFrame} />
            </td>
          </tr>
        ))}
      </DataTable>
    </TableScroll>
  );
}

import { formatWeight } from "@/components/charts/format";
import { formLabel } from "@/components/compare/labels";
import type { ClaimCell } from "@/lib/analytics/queries/trace-claims";
import { plural } from "@/lib/format";
import type { ReportSnapshot, SectionData } from "@/lib/reports/report-snapshot";
import { outletColumns } from "./outlet-columns";
import { OutletColumnsHead } from "@/components/compare/outlet-columns-head";
import styles from "./report.module.css";

/** Claims across outlets: how each outlet carried each claim of the event, or left it out. */
export function ClaimsPart({ snapshot, data }: { snapshot: ReportSnapshot; data: SectionData["claims"] }) {
  const { claims, cells } = data.claims;
  if (claims.length === 0) return <p className={styles.muted}>This event has no claims.</p>;
  const columns = outletColumns(snapshot, (id) => cells.some((cell) => cell.outletId === id));
  return (
    <div className={styles.tableBlock}>
      <table className="table" data-testid="report-claims">
        <caption>
          Omitted: none of the outlet&apos;s counted articles has an attribution linked to the claim (a measured
          result).
        </caption>
        <OutletColumnsHead first="Claim" outlets={columns} linkProfiles={false} />
        <tbody>
          {claims.map((claim) => (
            <tr key={claim.id}>
              <th scope="row">
                <bdi>{claim.label}</bdi>
              </th>
              {columns.map((outlet) => (
                <td key={outlet.id}>
                  {describeCell(cells.find((cell) => cell.claimId === claim.id && cell.outletId === outlet.id))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function describeCell(cell: ClaimCell | undefined): string {
  if (!cell || cell.status === "untagged") return "No counted articles";
  if (cell.status === "omitted") return `Omitted (${plural(cell.countedArticles, "counted article")})`;
  const ways = cell.ways
    .slice(0, 3)
    .map(
      (way) => `${formLabel(way.form)}${way.speaker ? ` from ${way.speaker}` : ""}${way.inLead ? ", in the lead" : ""}`,
    );
  return `Carried in ${cell.articles} of ${plural(cell.countedArticles, "article")} (${formatWeight(cell.tags)} tags): ${ways.join("; ")}`;
}

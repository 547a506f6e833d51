import { ChartOrTable } from "@/components/charts/chart-or-table";
import chartStyles from "@/components/charts/charts.module.css";
import { formatShare, formatWeight } from "@/components/charts/format";
import { IntervalChart, type IntervalRow } from "@/components/charts/interval-chart";
import type { ChartRow } from "@/components/charts/types";
import type { PassageSelector } from "@/lib/analytics/passage-selector";
import type {
  AttributionShare,
  AttributionShares,
  ShareCell,
} from "@/lib/analytics/queries/measure-attribution-shares";
import type { CompareView } from "./compare-view";
import styles from "./compare.module.css";
import { ThinMark } from "./thin-mark";

const SHARES: Record<AttributionShare, { title: string; of: string; selector: Omit<PassageSelector, "kind"> }> = {
  anonymous: { title: "Anonymous sources", of: "quotes and paraphrases", selector: { anonymous: "true" } },
  unattributed: { title: "Unattributed claims", of: "attributions", selector: { form: "unattributed" } },
  direct: { title: "Direct quotes", of: "quotes and paraphrases", selector: { form: "direct_quote" } },
};

interface Props {
  view: CompareView;
  shares: AttributionShares;
  rows: ChartRow[];
  href: (outletId: string, selector: Omit<PassageSelector, "kind">) => string;
}

/** Three shares side by side, each outlet with its 95% bootstrap interval over its articles. */
export function SourcingShares({ shares, rows, href }: Props) {
  return (
    <div className={styles.subsection}>
      <h3>How sources are given</h3>
      <p className={styles.subIntro}>
        Anonymous: quotes and paraphrases whose speaker is withheld. Unattributed: claims with no source or only a vague
        one. Direct: quotes in the speaker&apos;s own words, against paraphrase. Whiskers are 95% intervals from
        resampling each outlet&apos;s articles (1,000 bootstrap resamples): wide whiskers mean few articles.
      </p>
      <div className={styles.multiples}>
        {(Object.keys(SHARES) as AttributionShare[]).map((share) => {
          const { title, of, selector } = SHARES[share];
          const intervalRows = rows.map((row): IntervalRow => {
            const cell = shares.outlets.find((outlet) => outlet.outletId === row.id)?.[share] ?? emptyCell;
            return {
              ...row,
              note: "",
              thin: cell.thin,
              share: cell.share,
              low: cell.low,
              high: cell.high,
              detail: `${formatWeight(cell.part)} of ${formatWeight(cell.whole)} ${of}`,
              href: cell.part > 0 ? href(row.id, selector) : null,
            };
          });
          return (
            <ChartOrTable
              key={share}
              title={title}
              chart={<IntervalChart rows={intervalRows} label={`${title}: share per outlet with 95% intervals`} />}
              table={<ShareTable title={title} rows={intervalRows} />}
            />
          );
        })}
      </div>
    </div>
  );
}

const emptyCell: ShareCell = { share: null, low: null, high: null, part: 0, whole: 0, thin: true };

function ShareTable({ title, rows }: { title: string; rows: IntervalRow[] }) {
  return (
    <div className={chartStyles.tableScroll}>
      <table className="table">
        <caption className={chartStyles.caption}>{title} per outlet</caption>
        <thead>
          <tr>
            <th scope="col">Outlet</th>
            <th scope="col" className="numeric">
              Share
            </th>
            <th scope="col" className="numeric">
              95% interval
            </th>
            <th scope="col">Of</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <bdi>{row.label}</bdi>
                {row.thin && <ThinMark />}
              </th>
              <td className="numeric">
                {row.href ? <a href={row.href}>{formatShare(row.share)}</a> : formatShare(row.share)}
              </td>
              <td className="numeric">
                {row.low === null ? "—" : `${formatShare(row.low)} – ${formatShare(row.high)}`}
              </td>
              <td>{row.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

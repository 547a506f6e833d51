import Link from "next/link";
import { formatCoefficient } from "@/components/agreement/format-coefficient";
import { chartAgreement, type ChartSection } from "@/lib/analytics/chart-agreement";
import type { CompareView } from "./compare-view";
import styles from "./compare.module.css";

const VERDICTS = {
  reliable: { symbol: "✓", label: "reliable" },
  tentative: { symbol: "◐", label: "tentative" },
  unreliable: { symbol: "✗", label: "unreliable" },
  undefined: { symbol: "–", label: "not computable" },
} as const;

/**
 * How far reviewers agreed on the categories a section uses (over the whole event, whatever the filters), each
 * figure with its verdict in words and symbol as well as colour, and a link to the full agreement report.
 */
export async function AgreementNote({ view, section }: { view: CompareView; section: ChartSection }) {
  const agreement = await view.agreement;
  const report = <Link href={`/events/${view.eventId}/agreement`}>Agreement report</Link>;
  if (agreement.articles === 0)
    return (
      <p className={styles.agreement}>
        Reviewer agreement: not known yet (no article has two submitted reviews). {report}
      </p>
    );
  return (
    <p className={styles.agreement}>
      <span>Reviewer agreement, whole event ({agreement.articles} double-coded articles):</span>
      {chartAgreement(agreement, section).map(({ label, measure, figure }) => {
        const verdict = VERDICTS[figure.verdict];
        return (
          <span
            key={label}
            className={`${styles.figure} ${styles[figure.verdict]}`}
            title={figure.undefinedBecause ?? (figure.thin ? "Fewer than 10 units: thin" : undefined)}
          >
            {label} {measure} {formatCoefficient(figure.alpha)} <span aria-hidden="true">{verdict.symbol}</span>{" "}
            {verdict.label}
            {figure.thin && figure.alpha !== null && ", thin"}
          </span>
        );
      })}
      {report}
    </p>
  );
}

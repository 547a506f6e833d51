import { formatCoefficient } from "@/components/agreement/format-coefficient";
import type { ChartAgreementFigure } from "@/lib/analytics/chart-agreement";
import styles from "./report.module.css";

const VERDICTS = {
  reliable: "reliable",
  tentative: "tentative",
  unreliable: "unreliable",
  undefined: "not computable",
};

/** The reviewer agreement a section rests on, in words: "Attribution passages uα 0.712 (tentative)". */
export function AgreementFigures({ figures }: { figures: ChartAgreementFigure[] | undefined }) {
  if (!figures?.length) return null;
  return (
    <p className={styles.agreement}>
      Reviewer agreement (whole event):{" "}
      {figures
        .map(
          ({ label, measure, figure }) =>
            `${label} ${measure} ${formatCoefficient(figure.alpha)} (${VERDICTS[figure.verdict]}${figure.thin && figure.alpha !== null ? ", thin" : ""})`,
        )
        .join("; ")}
      .
    </p>
  );
}

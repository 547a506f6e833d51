import type { ReliabilityFigure } from "@/lib/agreement/reliability-figure";
import { THIN_BELOW_UNITS } from "@/lib/agreement/reliability-figure";
import styles from "./agreement.module.css";
import { formatCoefficient } from "./format-coefficient";
import { ReliabilityBadge } from "./reliability-badge";

/** An alpha with its verdict, a warning when it rests on few units, and why it is missing if it is. */
export function AlphaFigure({ figure }: { figure: ReliabilityFigure }) {
  return (
    <div className={styles.figure}>
      {figure.alpha !== null && <span className={styles.value}>{formatCoefficient(figure.alpha)}</span>}
      <ReliabilityBadge verdict={figure.verdict} />
      {figure.thin && figure.alpha !== null && (
        <span className={styles.thin}>
          <span aria-hidden="true">⚠ </span>thin: under {THIN_BELOW_UNITS} units
        </span>
      )}
      {figure.undefinedBecause && <span className={styles.reason}>{figure.undefinedBecause}</span>}
    </div>
  );
}

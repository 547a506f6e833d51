import { formatShare } from "@/components/charts/format";
import type { OutletDifference } from "@/lib/analytics/queries/test-outlet-differences";
import { PERMUTATIONS } from "@/lib/analytics/statistics/permutation-test";
import type { OutletInfo } from "./compare-view";
import styles from "./differences.module.css";

interface Props {
  /** "frame mix", "mix of voices by actor". */
  what: string;
  differences: OutletDifference[];
  outlets: OutletInfo[];
  labelOf: (key: string) => string;
}

/**
 * "Differs from the rest": per outlet, the permutation test of its mix against the other outlets', with the
 * effect size and a reading in words, so an editor does not read noise as slant (or slant as noise).
 */
export function OutletDifferences({ what, differences, outlets, labelOf }: Props) {
  if (differences.length === 0) return null;
  const rows = outlets.flatMap((outlet) => {
    const difference = differences.find((one) => one.outletId === outlet.id);
    return difference ? [{ outlet, difference }] : [];
  });
  return (
    <aside className={styles.differences} aria-label={`Is the difference real? ${what}`} data-testid="differences">
      <h4>Is the difference real? Each outlet&apos;s {what} against the other outlets&apos;</h4>
      <ul>
        {rows.map(({ outlet, difference }) => (
          <li key={outlet.id}>
            <bdi>{outlet.name}</bdi>:{" "}
            <span className={styles.figures}>
              p = {formatP(difference.pAdjusted)}, V = {difference.cramersV.toFixed(2)}
            </span>{" "}
            — <Reading difference={difference} labelOf={labelOf} />
          </li>
        ))}
      </ul>
      <p className={styles.method}>
        Permutation test over articles ({PERMUTATIONS.toLocaleString("en")} seeded shuffles of the outlet labels;
        statistic: χ² of the outlet against the rest), p adjusted for testing {rows.length} outlets (Holm). V is
        Cramér&apos;s V: under 0.1 negligible, 0.1–0.3 small, 0.3–0.5 medium, above large.
      </p>
    </aside>
  );
}

function Reading({ difference, labelOf }: { difference: OutletDifference; labelOf: (key: string) => string }) {
  const gap = difference.largestGap;
  const detail = gap && (
    <>
      {" "}
      Largest gap: {labelOf(gap.key)}, {formatShare(gap.share)} here against {formatShare(gap.restShare)} elsewhere.
    </>
  );
  if (difference.articles < 3) return <>too few articles to tell.</>;
  if (difference.pAdjusted >= 0.05) return <>within what chance alone would give.</>;
  return (
    <>
      <span className={styles.real}>
        {difference.pAdjusted < 0.01 ? "a clear difference" : "likely a real difference"} (
        {effectWord(difference.cramersV)}
        ).
      </span>
      {detail}
    </>
  );
}

function effectWord(v: number): string {
  if (v < 0.1) return "negligible in size";
  if (v < 0.3) return "small";
  if (v < 0.5) return "medium";
  return "large";
}

function formatP(p: number): string {
  if (p < 0.001) return "< 0.001";
  return p < 0.01 ? p.toFixed(3) : p.toFixed(2);
}

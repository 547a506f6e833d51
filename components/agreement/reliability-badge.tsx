import type { ReliabilityVerdict } from "@/lib/agreement/thresholds";
import styles from "./agreement.module.css";

// Text and a symbol as well as colour, so the verdict reads in greyscale and to a screen reader.
const BADGES: Record<ReliabilityVerdict, { symbol: string; label: string }> = {
  reliable: { symbol: "✓", label: "Reliable" },
  tentative: { symbol: "◐", label: "Tentative" },
  unreliable: { symbol: "✗", label: "Unreliable" },
  undefined: { symbol: "–", label: "Not computable" },
};

export function ReliabilityBadge({ verdict }: { verdict: ReliabilityVerdict }) {
  const { symbol, label } = BADGES[verdict];
  return (
    <span className={`${styles.badge} ${styles[verdict]}`}>
      <span aria-hidden="true">{symbol}</span>
      {label}
    </span>
  );
}

import { DivergenceMatrix } from "@/components/compare/divergence-matrix";
import type { ReportSnapshot, SectionData } from "@/lib/reports/report-snapshot";
import { reportOutlets } from "./outlet-columns";
import styles from "./report.module.css";

/** Which outlets covered the event alike: Jensen–Shannon distances between their frame mixes and their voices. */
export function DivergencePart({ snapshot, data }: { snapshot: ReportSnapshot; data: SectionData["divergence"] }) {
  const outlets = reportOutlets(snapshot);
  return (
    <>
      <p className={styles.howTo}>
        Each cell is the Jensen–Shannon distance between two outlets&apos; mixes (base 2): 0 means the same shares, 1
        nothing in common. Outlets are ordered so similar ones sit together; voices are counted by the actor an
        attribution speaks for (&ldquo;no actor&rdquo; counts as one more).
      </p>
      <div className={styles.tableBlock}>
        <DivergenceMatrix title="Frame mix" divergence={data.frames} outlets={outlets} pairLink={null} />
      </div>
      <div className={styles.tableBlock}>
        <DivergenceMatrix title="Voices, by actor" divergence={data.voices} outlets={outlets} pairLink={null} />
      </div>
    </>
  );
}

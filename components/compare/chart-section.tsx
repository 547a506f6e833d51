import type { ReactNode } from "react";
import { DeferCharts } from "@/components/charts/deferred-chart";
import type { ChartN } from "@/lib/analytics/chart-n";
import type { ChartSection as Section } from "@/lib/analytics/chart-agreement";
import { AgreementNote } from "./agreement-note";
import type { CompareView } from "./compare-view";
import styles from "./compare.module.css";
import { describeN } from "./describe-n";
import { SoftLinks } from "./soft-links";

interface Props {
  id: Section;
  title: string;
  /** What the section shows and how to read it, in a sentence or two. */
  intro: ReactNode;
  /** The chart's n, or for charts of articles rather than tags, its n in words. */
  n: ChartN | string;
  unit?: string;
  view: CompareView;
  children: ReactNode;
}

/** A section of the comparison: its heading, how to read it, its n, the agreement it rests on, then its charts. */
export function ChartSection({ id, title, intro, n, unit, view, children }: Props) {
  return (
    <section className={`card ${styles.section} ${styles.offscreen}`} id={id} aria-labelledby={`${id}-heading`}>
      <header className={styles.sectionHeader}>
        <h2 id={`${id}-heading`}>{title}</h2>
        <p className={styles.intro}>{intro}</p>
        <p className={styles.n} data-testid={`${id}-n`}>
          <span className={styles.nLabel}>n</span> {typeof n === "string" ? n : describeN(n, unit)}
        </p>
        <AgreementNote view={view} section={id} />
      </header>
      <DeferCharts>
        <SoftLinks>{children}</SoftLinks>
      </DeferCharts>
    </section>
  );
}

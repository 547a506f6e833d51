import Link from "next/link";
import { formatDateTime, plural } from "@/lib/format";
import styles from "./adjudication.module.css";
import type { DeskPhase } from "./types";

interface AdjudicationStatusProps {
  phase: DeskPhase;
  decided: number;
  total: number;
  completedBy: string | null;
  completedAt: Date | null;
  busy: boolean;
  onStart(): void;
  onComplete(): void;
  onReopen(): void;
}

/** Where the article's gold stands, how far the decisions are, and the one next step: start, complete or reopen. */
export function AdjudicationStatus({ phase, decided, total, busy, ...props }: AdjudicationStatusProps) {
  const undecided = total - decided;
  return (
    <section className={`card ${styles.statusBar}`} aria-label="Adjudication status">
      <div className={styles.progress}>
        <p>
          <strong data-testid="adjudication-phase">{PHASE_TEXT[phase]}</strong>
          {phase === "complete" &&
            ` by ${props.completedBy ?? "a former user"} on ${formatDateTime(props.completedAt)}`}
        </p>
        <p data-testid="adjudication-progress">
          {decided} of {plural(total, "reviewer tag")} decided
        </p>
        <progress value={decided} max={Math.max(total, 1)} aria-label="Reviewer tags decided" />
      </div>
      {phase === "not-started" && (
        <button type="button" onClick={props.onStart} disabled={busy}>
          Start adjudicating
        </button>
      )}
      {phase === "open" && (
        <div className={styles.complete}>
          <button type="button" onClick={props.onComplete} disabled={busy || undecided > 0}>
            Complete gold
          </button>
          {undecided > 0 && <p className="muted small">Decide the {plural(undecided, "undecided tag")} first.</p>}
        </div>
      )}
      {phase === "complete" && (
        <div className={styles.buttons}>
          <Link href="/adjudication">Next article in the queue</Link>
          <button type="button" className="secondary" onClick={props.onReopen} disabled={busy}>
            Reopen for changes
          </button>
        </div>
      )}
    </section>
  );
}

const PHASE_TEXT = {
  "not-started": "Not started: compare the versions below, then start to decide them.",
  open: "In progress",
  complete: "Gold complete",
};

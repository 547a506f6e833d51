import { AttributeList } from "./attribute-list";
import type { AttributeRow } from "./attribute-rows";
import styles from "./adjudication.module.css";
import { SpanQuote } from "./span-quote";
import type { UnitVersion } from "./types";
import { VERDICT_LABELS } from "./verdicts";

export interface VersionCommands {
  accept(): void;
  edit(): void;
  reject(): void;
  undo(): void;
}

interface VersionCellProps {
  reviewerName: string;
  version: UnitVersion | null;
  rows: AttributeRow[];
  differing: ReadonlySet<string>;
  /** Decisions can be made (the adjudication is open) and no write is under way. */
  editable: boolean;
  commands: VersionCommands;
}

/**
 * One reviewer's version of a unit: their words and attributes, what was decided, and the decisions to make.
 * Its parts are rows of the unit's grid, so the same field lines up across the versions side by side.
 */
export function VersionCell({ reviewerName, version, rows, differing, editable, commands }: VersionCellProps) {
  const whose = `${reviewerName}’s version`;
  if (!version)
    return (
      <section className={styles.version} aria-label={whose}>
        <h4>{reviewerName}</h4>
        <p className="muted small">Did not tag this.</p>
      </section>
    );
  const decision = version.tag.decision;
  const inGold = decision !== null && decision.verdict !== "REJECTED";
  return (
    <section className={styles.version} aria-label={whose}>
      <h4>{reviewerName}</h4>
      <SpanQuote parts={version.parts} />
      <AttributeList rows={rows} differing={differing} />
      <p className={decision ? styles[decision.verdict] : styles.undecided}>
        {decision ? VERDICT_LABELS[decision.verdict] : "Undecided"}
      </p>
      <div className={styles.buttons}>
        {editable && !inGold && (
          <>
            <button type="button" onClick={commands.accept} aria-label={`Accept ${whose}`}>
              Accept
            </button>
            <button type="button" className="secondary" onClick={commands.edit} aria-label={`Edit ${whose}`}>
              Edit…
            </button>
          </>
        )}
        {editable && !decision && (
          <button type="button" className="secondary" onClick={commands.reject} aria-label={`Reject ${whose}`}>
            Reject
          </button>
        )}
        {editable && decision && (
          <button
            type="button"
            className="secondary"
            onClick={commands.undo}
            aria-label={`Undo the decision on ${whose}`}
          >
            Undo
          </button>
        )}
      </div>
    </section>
  );
}

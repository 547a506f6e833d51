import { useEffect, useRef } from "react";
import type { CodebookDiff } from "@/lib/codebook/diff-codebook";
import { countChanges } from "@/lib/codebook/diff-codebook";
import { plural } from "@/lib/format";
import { DiffView } from "./diff-view";
import styles from "./codebook.module.css";

interface ReviewPanelProps {
  diff: CodebookDiff;
  nextVersion: number;
  pending: boolean;
  onPublish(): void;
  onBack(): void;
}

/** "What changes": the diff of the draft against the edited version, and the one button that publishes it. */
export function ReviewPanel({ diff, nextVersion, pending, onPublish, onBack }: ReviewPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className={styles.review} aria-labelledby="review-heading">
      <h3 id="review-heading" ref={heading} tabIndex={-1}>
        What changes in version {nextVersion}{" "}
        <span className="muted small">({plural(countChanges(diff), "change")})</span>
      </h3>
      <p className="muted small">
        New tags will use version {nextVersion}. Tags made so far keep the version they were made under, with its labels
        and definitions.
      </p>
      <DiffView diff={diff} />
      <div className={styles.actions}>
        <button type="button" onClick={onPublish} disabled={pending}>
          {pending ? "Publishing…" : `Publish version ${nextVersion}`}
        </button>
        <button type="button" className="secondary" onClick={onBack} disabled={pending}>
          Keep editing
        </button>
      </div>
    </section>
  );
}

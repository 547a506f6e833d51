"use client";

import { useState, useTransition, type ReactNode } from "react";
import styles from "./side-panel.module.css";
import type { TagActions } from "./types";

interface SubmitArticleProps {
  articleId: string;
  submit: TagActions["submitArticle"];
  /** Something the reviewer may have forgotten, said before they confirm (it does not stop them). */
  reminder: ReactNode;
  onError(message: string): void;
}

/** Submitting makes the reviewer's tags final, so it asks once more before it does. */
export function SubmitArticle({ articleId, submit, reminder, onError }: SubmitArticleProps) {
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  if (!confirming)
    return (
      <button type="button" onClick={() => setConfirming(true)}>
        Submit article…
      </button>
    );
  const confirm = () =>
    startTransition(async () => {
      const result = await submit(articleId);
      if (!result.ok) onError(result.error);
      setConfirming(false);
    });
  return (
    <div
      role="group"
      aria-labelledby="submit-question"
      aria-describedby={reminder ? "submit-reminder" : undefined}
      className={styles.confirm}
    >
      {reminder && (
        <p id="submit-reminder" className={styles.reminder}>
          {reminder}
        </p>
      )}
      <p id="submit-question">Submit your tags? They become final and you cannot change them afterwards.</p>
      <button type="button" onClick={confirm} disabled={pending}>
        {pending ? "Submitting…" : "Yes, submit"}
      </button>
      {/* The button that asked is gone: focus moves into the question, onto the answer that changes nothing. */}
      <button
        type="button"
        className={styles.secondary}
        onClick={() => setConfirming(false)}
        disabled={pending}
        autoFocus
      >
        Cancel
      </button>
    </div>
  );
}

"use client";

import { useState, useTransition } from "react";
import styles from "./side-panel.module.css";
import type { TagActions } from "./types";

interface SubmitArticleProps {
  articleId: string;
  submit: TagActions["submitArticle"];
  onError(message: string): void;
}

/** Submitting makes the reviewer's tags final, so it asks once more before it does. */
export function SubmitArticle({ articleId, submit, onError }: SubmitArticleProps) {
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
    <div role="group" aria-labelledby="submit-question" className={styles.confirm}>
      <p id="submit-question">Submit your tags? They become final and you cannot change them afterwards.</p>
      <button type="button" onClick={confirm} disabled={pending}>
        {pending ? "Submitting…" : "Yes, submit"}
      </button>
      <button type="button" className={styles.secondary} onClick={() => setConfirming(false)} disabled={pending}>
        Cancel
      </button>
    </div>
  );
}

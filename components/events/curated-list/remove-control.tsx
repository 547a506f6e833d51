"use client";

import { useEffect, useRef, useState } from "react";
import styles from "./event-list.module.css";

interface RemoveControlProps {
  id: string;
  kind: "actor" | "claim";
  name: string;
  remove: (form: FormData) => void;
  pending: boolean;
  /** The last refusal: the confirmation closes so its message can be read. */
  refusal?: string;
}

/**
 * Remove, asked twice. The confirmation starts on Cancel so a stray second Enter removes nothing, and
 * closing it returns focus to Remove.
 */
export function RemoveControl({ id, kind, name, remove, pending, refusal }: RemoveControlProps) {
  const [confirming, setConfirming] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);
  useEffect(() => {
    if (confirming) cancel.current?.focus();
    else if (opened.current) start.current?.focus();
    opened.current = confirming;
  }, [confirming]);
  useEffect(() => setConfirming(false), [refusal]);
  if (!confirming)
    return (
      <button ref={start} type="button" className={styles.danger} onClick={() => setConfirming(true)}>
        Remove
      </button>
    );
  return (
    <form action={remove} className={styles.confirm} aria-label={`Remove ${name}`}>
      <input type="hidden" name="id" value={id} />
      <span>Remove this {kind}?</span>
      <button type="submit" className={styles.dangerSolid} disabled={pending}>
        {pending ? "Removing…" : "Yes, remove"}
      </button>
      <button ref={cancel} type="button" className="secondary" onClick={() => setConfirming(false)}>
        Cancel
      </button>
    </form>
  );
}

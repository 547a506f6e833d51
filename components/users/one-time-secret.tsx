"use client";

import { useState } from "react";
import type { SecretFormState } from "./secret-form-state";
import styles from "./users.module.css";

const TEXT = {
  link: { label: "One-time link", hint: "Send it to the person yourself: Framewise sends no mail." },
  password: {
    label: "Temporary password",
    hint: "Give it to the person; they must choose their own when they sign in.",
  },
} as const;

/** The secret an admin just created, shown this once, with a button that copies it. */
export function OneTimeSecret({ secret }: { secret: NonNullable<SecretFormState["secret"]> }) {
  const [copied, setCopied] = useState(false);
  const text = TEXT[secret.kind];
  async function copy() {
    await navigator.clipboard.writeText(secret.value);
    setCopied(true);
  }
  return (
    <div className={styles.secret} data-testid="one-time-secret">
      <label>
        {text.label} for {secret.email}
        <input readOnly value={secret.value} onFocus={(event) => event.currentTarget.select()} />
      </label>
      <p className="muted small">{text.hint} It is shown only now; if it is lost, make a new one.</p>
      <button type="button" className="secondary" onClick={copy}>
        {copied ? "Copied" : "Copy"}
      </button>
    </div>
  );
}

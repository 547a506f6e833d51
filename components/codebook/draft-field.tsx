import { useId, type ReactNode } from "react";
import styles from "./codebook.module.css";

interface DraftFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  errors?: string[];
  /** Read after the label as the field's description, not as part of its name. */
  hint?: ReactNode;
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  id?: string;
}

/** A labelled input of the codebook editor: its value lives in the editor's draft, its errors beside it. */
export function DraftField({ label, value, onChange, errors, hint, rows, id }: DraftFieldProps) {
  const ownId = useId();
  const inputId = id ?? ownId;
  const [hintId, errorId] = [`${inputId}-hint`, `${inputId}-error`];
  const described = [hint && hintId, errors?.length && errorId].filter(Boolean).join(" ");
  const control = {
    id: inputId,
    value,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": described || undefined,
  };
  return (
    <div className={styles.field}>
      <label htmlFor={inputId}>{label}</label>
      {hint && (
        <span id={hintId} className="muted small">
          {hint}
        </span>
      )}
      {rows ? (
        <textarea rows={rows} {...control} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...control} onChange={(event) => onChange(event.target.value)} />
      )}
      {errors?.length ? (
        <span className="field-error" id={errorId}>
          {errors.join(" ")}
        </span>
      ) : null}
    </div>
  );
}

/** Messages about a whole list or item rather than one field ("Two options share a code"). */
export function DraftErrorsNote({ errors }: { errors?: string[] }) {
  if (!errors?.length) return null;
  return <p className="field-error">{errors.join(" ")}</p>;
}

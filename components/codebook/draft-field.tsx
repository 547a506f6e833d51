import { useId, type ReactNode } from "react";

interface DraftFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  errors?: string[];
  hint?: ReactNode;
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  id?: string;
  className?: string;
}

/** A labelled input of the codebook editor: its value lives in the editor's draft, its errors beside it. */
export function DraftField({ label, value, onChange, errors, hint, rows, id, className }: DraftFieldProps) {
  const errorId = useId();
  const control = {
    id,
    value,
    "aria-invalid": errors?.length ? true : undefined,
    "aria-describedby": errors?.length ? errorId : undefined,
  };
  return (
    <label className={className}>
      {label}
      {hint && <span className="muted small">{hint}</span>}
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
    </label>
  );
}

/** Messages about a whole list or item rather than one field ("Two options share a code"). */
export function DraftErrorsNote({ errors }: { errors?: string[] }) {
  if (!errors?.length) return null;
  return <p className="field-error">{errors.join(" ")}</p>;
}

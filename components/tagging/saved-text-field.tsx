import { useState } from "react";

interface SavedTextFieldProps {
  label: string;
  value: string | null;
  disabled: boolean;
  list?: string;
  hint?: string;
  onSave(value: string | null): void;
}

/** A text attribute saved when the reviewer leaves the field or presses Enter, not on every keystroke. */
export function SavedTextField({ label, value, disabled, list, hint, onSave }: SavedTextFieldProps) {
  const [draft, setDraft] = useState(value ?? "");
  const [stored, setStored] = useState(value);
  // A new stored value (undo, another field's save, a reload after a stale edit) replaces what the field shows.
  if (value !== stored) {
    setStored(value);
    setDraft(value ?? "");
  }
  const save = () => {
    if (draft.trim() !== (value ?? "")) onSave(draft.trim() || null);
  };
  return (
    <label>
      {label}
      {hint && <span className="muted small">{hint}</span>}
      <input
        value={draft}
        disabled={disabled}
        list={list}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => event.key === "Enter" && save()}
      />
    </label>
  );
}

interface ChoiceSelectProps {
  label: string;
  value: string | null;
  choices: { value: string; label: string }[];
  disabled: boolean;
  required?: boolean;
  hint?: string;
  onChange(value: string | null): void;
}

/** A labelled select whose empty choice means "not set" (unless required). */
export function ChoiceSelect({ label, value, choices, disabled, required, hint, onChange }: ChoiceSelectProps) {
  return (
    <label>
      {label}
      {hint && <span className="muted small">{hint}</span>}
      <select
        value={value ?? ""}
        disabled={disabled}
        required={required}
        onChange={(event) => onChange(event.target.value || null)}
      >
        {(!required || !value) && <option value="">{required ? "Choose…" : "Not set"}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}

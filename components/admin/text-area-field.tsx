import type { ReactNode, TextareaHTMLAttributes } from "react";
import { fieldValue, type FormState } from "@/lib/forms";
import { FieldError } from "../ui/field-error";

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "defaultValue"> & {
  name: string;
  label: string;
  state: FormState;
  hint?: ReactNode;
  defaultValue?: string | null;
};

/** TextField's multi-line sibling: after an error it shows what the user submitted, not the stored text. */
export function TextAreaField({ label, state, hint, defaultValue, ...textarea }: TextAreaFieldProps) {
  return (
    <label>
      {label}
      {hint && <span className="muted small">{hint}</span>}
      <textarea
        aria-describedby={`${textarea.name}-error`}
        aria-invalid={state.fieldErrors?.[textarea.name] ? true : undefined}
        defaultValue={fieldValue(state, textarea.name, defaultValue)}
        {...textarea}
      />
      <FieldError state={state} field={textarea.name} />
    </label>
  );
}

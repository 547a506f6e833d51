import type { InputHTMLAttributes, ReactNode } from "react";
import { fieldValue, type FormState } from "@/lib/forms";
import { FieldError } from "./field-error";

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "defaultValue"> & {
  name: string;
  label: string;
  state: FormState;
  hint?: ReactNode;
  defaultValue?: string | null;
};

/**
 * A labelled input with its hint and the server's message about it, as every form in the app shows them.
 * After an error it shows what the user submitted, not the stored default.
 */
export function TextField({ label, state, hint, className, defaultValue, ...input }: TextFieldProps) {
  return (
    <label className={className}>
      {label}
      {hint && <span className="muted small">{hint}</span>}
      <input
        aria-describedby={`${input.name}-error`}
        aria-invalid={state.fieldErrors?.[input.name] ? true : undefined}
        defaultValue={input.type === "file" ? undefined : fieldValue(state, input.name, defaultValue)}
        {...input}
      />
      <FieldError state={state} field={input.name} />
    </label>
  );
}

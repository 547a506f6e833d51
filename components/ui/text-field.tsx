import type { InputHTMLAttributes, ReactNode } from "react";
import type { FormState } from "@/lib/forms";
import { FieldError } from "./field-error";

type TextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  name: string;
  label: string;
  state: FormState;
  hint?: ReactNode;
};

/** A labelled input with its hint and the server's message about it, as every form in the app shows them. */
export function TextField({ label, state, hint, className, ...input }: TextFieldProps) {
  return (
    <label className={className}>
      {label}
      {hint && <span className="muted small">{hint}</span>}
      <input aria-describedby={`${input.name}-error`} {...input} />
      <FieldError state={state} field={input.name} />
    </label>
  );
}

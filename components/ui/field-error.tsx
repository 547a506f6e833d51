import type { FormState } from "@/lib/forms";

export function FieldError({ state, field }: { state: FormState; field: string }) {
  const messages = state.fieldErrors?.[field];
  if (!messages?.length) return null;
  return (
    <span className="field-error" id={`${field}-error`}>
      {messages.join(" ")}
    </span>
  );
}

export function FormError({ state }: { state: FormState }) {
  if (!state.error) return null;
  return (
    <p className="form-error" data-testid="form-error" role="status">
      {state.error}
    </p>
  );
}

import type { z } from "zod";

/**
 * What a server action hands back to its form: a message, per field what to fix, and what the user
 * typed, so an error never wipes their work (React resets a form to its defaults after an action).
 */
export interface FormState {
  error?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
}

/** The text fields of a submitted form, to hand back with an error; files and passwords are not echoed. */
export function submittedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form) {
    if (typeof value === "string" && !/password/i.test(name) && !name.startsWith("$ACTION")) values[name] = value;
  }
  return values;
}

export function fieldErrorsOf(error: z.ZodError, form?: FormData): FormState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return { error: "Some fields need attention.", fieldErrors, values: form && submittedValues(form) };
}

/** A message for the whole form, keeping what the user typed. */
export function formError(message: string, form: FormData): FormState {
  return { error: message, values: submittedValues(form) };
}

/** The value a field shows: what the user last submitted, else its stored default. */
export function fieldValue(state: FormState, name: string, fallback?: string | null): string {
  return state.values?.[name] ?? fallback ?? "";
}

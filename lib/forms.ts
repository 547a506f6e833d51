import type { z } from "zod";

/** What a server action hands back to its form: a message and, per field, what to fix. */
export interface FormState {
  error?: string;
  fieldErrors?: Record<string, string[] | undefined>;
}

export function fieldErrorsOf(error: z.ZodError): FormState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return { error: "Some fields need attention.", fieldErrors };
}

import type { z } from "zod";

/**
 * A nested input's problems keyed by their whole path ("categories.3.attributes.0.label"), so each one can be
 * shown beside the field it is about.
 */
export function fieldErrorsByPath(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.join(".") || "form"] ??= []).push(issue.message);
  return errors;
}

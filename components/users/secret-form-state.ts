import type { FormState } from "@/lib/forms";

/** A form whose success hands back a secret to show once: a one-time link or a temporary password. */
export interface SecretFormState extends FormState {
  secret?: { kind: "link" | "password"; value: string; email: string };
}

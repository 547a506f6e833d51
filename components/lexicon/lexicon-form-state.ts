import type { FormState } from "@/lib/forms";

export interface LexiconFormState extends FormState {
  /** The term just added: the form empties and says so. */
  added?: string;
}

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { LexiconFormState } from "@/components/lexicon/lexicon-form-state";
import { requireRole } from "@/lib/auth/guard";
import { ACCESS } from "@/lib/auth/roles";
import { fieldErrorsOf, formError } from "@/lib/forms";
import { addLexiconEntry } from "@/lib/lexicon/add-lexicon-entry";
import { lexiconInputSchema } from "@/lib/lexicon/lexicon-input";
import { LexiconError } from "@/lib/lexicon/lexicon-error";
import { removeLexiconEntry } from "@/lib/lexicon/remove-lexicon-entry";

const admin = () => requireRole(ACCESS.lexicon, "/admin/lexicon");

export async function addLexiconTermAction(_state: LexiconFormState, form: FormData): Promise<LexiconFormState> {
  const user = await admin();
  const input = lexiconInputSchema.safeParse(Object.fromEntries(form));
  if (!input.success) return fieldErrorsOf(input.error, form);
  try {
    await addLexiconEntry(input.data, user.id);
  } catch (error) {
    if (error instanceof LexiconError) return formError(error.message, form);
    throw error;
  }
  revalidatePath("/admin/lexicon");
  return { added: input.data.term };
}

export async function removeLexiconTermAction(form: FormData): Promise<void> {
  const user = await admin();
  await removeLexiconEntry(z.uuid().parse(form.get("id")), user.id);
  revalidatePath("/admin/lexicon");
}

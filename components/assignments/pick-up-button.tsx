"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms";
import { FormError } from "../ui/field-error";

type PickAction = (state: FormState, form: FormData) => Promise<FormState>;

export function PickUpButton({ articleId, title, pick }: { articleId: string; title: string; pick: PickAction }) {
  const [state, action, pending] = useActionState(pick, {});
  return (
    <form action={action}>
      <input type="hidden" name="articleId" value={articleId} />
      <button type="submit" className="secondary" disabled={pending} aria-label={`Pick up ${title}`}>
        {pending ? "Picking up…" : "Pick up"}
      </button>
      <FormError state={state} />
    </form>
  );
}

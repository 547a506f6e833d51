"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms";
import { FormError } from "../ui/field-error";

/** Drops a preview the reviewer will not save; asks first, since the staged rows are gone afterwards. */
export function DiscardBatchForm({ discard }: { discard: () => Promise<FormState> }) {
  const [state, action, pending] = useActionState(discard, {});
  return (
    <form
      action={action}
      aria-label="Discard import"
      onSubmit={(event) => {
        if (!window.confirm("Discard this preview? Nothing from it has been saved.")) event.preventDefault();
      }}
    >
      <FormError state={state} />
      <button type="submit" className="link-button" disabled={pending}>
        {pending ? "Discarding…" : "Discard this import"}
      </button>
    </form>
  );
}

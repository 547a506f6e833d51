"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms";
import { FormError } from "../ui/field-error";

type UnassignAction = (state: FormState, form: FormData) => Promise<FormState>;

interface Props {
  articleId: string;
  reviewerId: string;
  reviewerName: string;
  articleTitle: string;
  unassign: UnassignAction;
}

export function UnassignButton({ articleId, reviewerId, reviewerName, articleTitle, unassign }: Props) {
  const [state, action, pending] = useActionState(unassign, {});
  return (
    <form action={action}>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="reviewerId" value={reviewerId} />
      <button
        type="submit"
        className="secondary"
        disabled={pending}
        aria-label={`Unassign ${reviewerName} from ${articleTitle}`}
      >
        {pending ? "Unassigning…" : `Unassign ${reviewerName}`}
      </button>
      <FormError state={state} />
    </form>
  );
}

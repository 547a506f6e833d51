"use client";

import { CLAIM_DETAIL_MAX_LENGTH, CLAIM_LABEL_MAX_LENGTH } from "@/lib/events/claims/schemas";
import { fieldValue } from "@/lib/forms";
import { FieldError } from "../../ui/field-error";
import { TextField } from "../../ui/text-field";
import { useItemFormState } from "../curated-list/item-form";

/** Label and detail of a claim; `claim` holds the stored values when editing. */
export function ClaimFields({ claim }: { claim?: { label: string; detail: string | null } }) {
  const state = useItemFormState();
  return (
    <>
      <TextField
        name="label"
        label="Label"
        hint="Short: “Council vote failed 5–4”, “Mayor's televised address”."
        state={state}
        defaultValue={claim?.label}
        maxLength={CLAIM_LABEL_MAX_LENGTH}
        required
      />
      <label>
        Detail <span className="muted small">(optional)</span>
        <textarea
          name="detail"
          rows={3}
          maxLength={CLAIM_DETAIL_MAX_LENGTH}
          defaultValue={fieldValue(state, "detail", claim?.detail)}
          aria-describedby="detail-error"
          aria-invalid={state.fieldErrors?.detail ? true : undefined}
        />
        <FieldError state={state} field="detail" />
      </label>
    </>
  );
}

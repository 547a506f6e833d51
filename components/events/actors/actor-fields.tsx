"use client";

import { ACTOR_NAME_MAX_LENGTH } from "@/lib/events/actors/schemas";
import { fieldValue } from "@/lib/forms";
import { FieldError } from "../../ui/field-error";
import { TextField } from "../../ui/text-field";
import { useItemFormState } from "../curated-list/item-form";

/** Name and aliases of an actor; `actor` holds the stored values when editing. */
export function ActorFields({ actor }: { actor?: { name: string; aliases: string[] } }) {
  const state = useItemFormState();
  return (
    <>
      <TextField
        name="name"
        label="Name"
        state={state}
        defaultValue={actor?.name}
        maxLength={ACTOR_NAME_MAX_LENGTH}
        required
      />
      <label>
        Aliases
        <span className="muted small">One per line: how articles also refer to this actor.</span>
        <textarea
          name="aliases"
          rows={3}
          defaultValue={fieldValue(state, "aliases", actor?.aliases.join("\n"))}
          aria-describedby="aliases-error"
          aria-invalid={state.fieldErrors?.aliases ? true : undefined}
        />
        <FieldError state={state} field="aliases" />
      </label>
    </>
  );
}

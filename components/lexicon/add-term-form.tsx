"use client";

import { useActionState } from "react";
import { fieldValue } from "@/lib/forms";
import { NOTE_MAX_LENGTH, TERM_MAX_LENGTH } from "@/lib/lexicon/lexicon-input";
import { FieldError, FormError } from "../ui/field-error";
import { TextField } from "../ui/text-field";
import { DirectionChoice } from "./direction-choice";
import type { LexiconFormState } from "./lexicon-form-state";
import styles from "./lexicon.module.css";

type AddTerm = (state: LexiconFormState, form: FormData) => Promise<LexiconFormState>;

/** Adds a term; after an error what was typed stays, after success the form is empty for the next one. */
export function AddTermForm(props: { add: AddTerm; categories: { code: string; label: string }[] }) {
  const { add, categories } = props;
  const [state, action, pending] = useActionState(add, {});
  return (
    <form action={action} className={`form ${styles.addForm}`} aria-label="Add a term">
      <TextField
        name="term"
        label="Term"
        hint="A word or phrase; plurals and past tenses of its last word match too."
        state={state}
        required
        maxLength={TERM_MAX_LENGTH}
        autoComplete="off"
      />
      <label>
        Category
        <span className="muted small">The kind of loaded language it is, as the codebook defines it.</span>
        {/* Keyed by the value to keep: a select takes a new default only when it is made anew, and React resets
            the form after each submission. */}
        <select
          key={fieldValue(state, "categoryCode")}
          name="categoryCode"
          required
          defaultValue={fieldValue(state, "categoryCode")}
          aria-describedby="categoryCode-error"
          aria-invalid={state.fieldErrors?.categoryCode ? true : undefined}
        >
          <option value="" disabled>
            Choose…
          </option>
          {categories.map((category) => (
            <option key={category.code} value={category.code}>
              {category.label}
            </option>
          ))}
        </select>
        <FieldError state={state} field="categoryCode" />
      </label>
      <DirectionChoice state={state} />
      <TextField
        name="note"
        label="Note (optional)"
        hint="Why it is loaded, or where it was seen."
        state={state}
        maxLength={NOTE_MAX_LENGTH}
        autoComplete="off"
      />
      <FormError state={state} />
      {state.added && (
        <p role="status" className={styles.added}>
          Added “{state.added}”. Reviewers see it suggested the next time they open an article.
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add term"}
      </button>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import type { AssignmentOutcome } from "@/lib/assignments/assign-event-articles";
import { DEFAULT_REVIEWERS_PER_ARTICLE, MAX_REVIEWERS_PER_ARTICLE } from "@/lib/assignments/assign-input";
import type { ReviewerProgress } from "@/lib/assignments/reviewer-progress";
import { fieldValue, type FormState } from "@/lib/forms";
import { FieldError, FormError } from "../ui/field-error";
import { ReviewerTable } from "./reviewer-table";
import styles from "./assignments.module.css";
import { describeOutcome } from "./describe-outcome";

export interface AssignState extends FormState {
  /** The reviewers ticked last time: the form keeps them, like `values`, after an error and after a run. */
  reviewerIds?: string[];
  outcome?: AssignmentOutcome;
}

type AssignAction = (state: AssignState, form: FormData) => Promise<AssignState>;

/** Per reviewer what they hold in the event, with a tick box each to share the articles among them. */
export function AssignForm({ reviewers, assign }: { reviewers: ReviewerProgress[]; assign: AssignAction }) {
  const [state, action, pending] = useActionState(assign, {});
  return (
    <form action={action} aria-label="Assign articles" className={styles.form}>
      <ReviewerTable reviewers={reviewers} ticked={new Set(state.reviewerIds)} />
      <FieldError state={state} field="reviewerIds" />
      <div className={styles.options}>
        <label className={styles.perArticle}>
          Reviewers per article
          <input
            name="perArticle"
            type="number"
            min={1}
            max={MAX_REVIEWERS_PER_ARTICLE}
            required
            defaultValue={fieldValue(state, "perArticle", String(DEFAULT_REVIEWERS_PER_ARTICLE))}
            aria-describedby="perArticle-error"
            aria-invalid={state.fieldErrors?.perArticle ? true : undefined}
          />
          <FieldError state={state} field="perArticle" />
        </label>
        <label className={styles.tick}>
          <input name="onlyUnassigned" type="checkbox" defaultChecked={state.values?.onlyUnassigned === "on"} />
          <span>Only articles nobody is assigned to yet</span>
        </label>
        <button type="submit" disabled={pending}>
          {pending ? "Assigning…" : "Assign articles"}
        </button>
      </div>
      <div aria-live="polite">
        <FormError state={state} />
        {state.outcome && (
          <p role="status" data-testid="assign-outcome" className={styles.outcome}>
            {describeOutcome(state.outcome, state.values?.onlyUnassigned === "on")}
          </p>
        )}
      </div>
    </form>
  );
}

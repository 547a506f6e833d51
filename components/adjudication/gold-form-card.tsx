"use client";

import { useActionState, type ReactNode } from "react";
import type { FormComparison, FormRow } from "@/lib/adjudication/compare/compare-forms";
import type { GoldForm } from "@/lib/adjudication/queries/list-article-forms";
import { TONE_SCALE, toneFigure } from "@/lib/annotations/article-form/tone-scale";
import { fieldValue, type FormState } from "@/lib/forms";
import { FormError } from "../ui/field-error";
import styles from "./gold-form.module.css";
import type { CategoryInUse, DeskPhase, EventLinks, Reviewer } from "./types";

type GoldFormState = FormState & { round?: number };

interface GoldFormCardProps {
  reviewers: Reviewer[];
  frames: CategoryInUse[];
  actors: EventLinks["actors"];
  comparison: FormComparison;
  gold: GoldForm | null;
  phase: DeskPhase;
  save(state: FormState, form: FormData): Promise<FormState>;
}

const toneText = (tone: number | null) =>
  tone === null ? "not rated" : `${toneFigure(tone)} ${TONE_SCALE.find((step) => step.tone === tone)?.label ?? ""}`;

/**
 * The reviewers' judgements of the whole article side by side, differences marked, above the gold form's
 * choice for each: the stored gold, else what every reviewer agreed on.
 */
export function GoldFormCard({ reviewers, frames, actors, comparison, gold, phase, save }: GoldFormCardProps) {
  // Each submission remounts the fields, so their defaults are the gold just saved or what was sent with an error:
  // a select keeps the default it was mounted with when React resets the form after the action.
  const [state, action, pending] = useActionState(
    async (previous: GoldFormState, form: FormData): Promise<GoldFormState> => ({
      ...(await save(previous, form)),
      round: (previous.round ?? 0) + 1,
    }),
    {},
  );
  const frameName = (id: string | null) => (id ? (frames.find((frame) => frame.id === id)?.label ?? "—") : "not set");
  const frameOptions = frames.map((frame) => (
    <option key={frame.id} value={frame.id}>
      {frame.label}
    </option>
  ));
  const initial = (name: string, stored: string | null | undefined, agreed: string | number | null) =>
    fieldValue(state, name, gold ? (stored ?? "") : agreed === null ? "" : String(agreed));
  const toneOf = (actorId: string) => gold?.tones.find((tone) => tone.actorId === actorId)?.tone;
  return (
    <section className="card" aria-labelledby="gold-form-heading">
      <div className={styles.heading}>
        <h2 id="gold-form-heading">Whole article</h2>
        <p className="muted small" data-testid="gold-form-status">
          {gold
            ? `Gold form saved (revision ${gold.revision}).`
            : "No gold form saved yet: it starts from where the reviewers agree."}
        </p>
      </div>
      <form action={action} aria-label="Gold form">
        <input type="hidden" name="revision" value={gold?.revision ?? ""} />
        <fieldset key={state.round ?? 0} disabled={phase !== "open" || pending} className={styles.fields}>
          <Judgement label="Primary frame" reviewers={reviewers} row={comparison.primaryFrame} format={frameName}>
            <select
              name="primaryFrameId"
              defaultValue={initial("primaryFrameId", gold?.primaryFrameId, comparison.primaryFrame.agreed)}
            >
              <option value="">Not set</option>
              {frameOptions}
            </select>
          </Judgement>
          <Judgement label="Headline frame" reviewers={reviewers} row={comparison.headlineFrame} format={frameName}>
            <select
              name="headlineFrameId"
              defaultValue={initial("headlineFrameId", gold?.headlineFrameId, comparison.headlineFrame.agreed)}
            >
              <option value="">Not set</option>
              {frameOptions}
            </select>
          </Judgement>
          {actors.length === 0 && (
            <p className="muted small">This event has no actors listed, so there is no tone to judge.</p>
          )}
          {comparison.tones.map((row) => {
            const actor = actors.find((candidate) => candidate.id === row.actorId);
            const name = `tone:${row.actorId}`;
            return (
              <Judgement
                key={row.actorId}
                label={`Tone toward ${actor?.name}`}
                reviewers={reviewers}
                row={row}
                format={toneText}
              >
                <select name={name} defaultValue={initial(name, toneOf(row.actorId)?.toString() ?? null, row.agreed)}>
                  <option value="">Not rated</option>
                  {TONE_SCALE.map((step) => (
                    <option key={step.tone} value={step.tone}>
                      {toneText(step.tone)}
                    </option>
                  ))}
                </select>
              </Judgement>
            );
          })}
        </fieldset>
        <FormError state={state} />
        {phase === "open" && (
          <button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save gold form"}
          </button>
        )}
      </form>
    </section>
  );
}

interface JudgementProps<V> {
  label: string;
  reviewers: Reviewer[];
  row: FormRow<V>;
  format(value: V | null): string;
  /** The gold choice: a select named for the form. */
  children: ReactNode;
}

/** One judgement: what each reviewer said (in bold where they differ) and the gold choice. */
function Judgement<V>({ label, reviewers, row, format, children }: JudgementProps<V>) {
  return (
    <div className={styles.judgement}>
      <h3>
        {label} {row.differs && <span className={styles.differsBadge}>Reviewers differ</span>}
      </h3>
      <ul className={styles.reviewerValues}>
        {reviewers.map((reviewer, index) => (
          <li key={reviewer.id}>
            <span className="muted">{reviewer.name}:</span>{" "}
            <span className={row.differs ? styles.differing : undefined}>{format(row.values[index] ?? null)}</span>
          </li>
        ))}
      </ul>
      <label>
        Gold {label[0].toLowerCase() + label.slice(1)}
        {children}
      </label>
    </div>
  );
}

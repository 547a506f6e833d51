import { TONE_SCALE, toneFigure } from "@/lib/annotations/article-form/tone-scale";
import styles from "./article-form.module.css";
import { ChoiceSelect } from "./choice-select";
import { ToneScale } from "./tone-scale";
import type { ArticleFormFields, CategoryInUse, EventLinks } from "./types";
import type { SaveStatus } from "./use-article-form";

export const ARTICLE_FORM_ID = "article-form";

interface ArticleFormCardProps {
  frames: CategoryInUse[];
  actors: EventLinks["actors"];
  fields: ArticleFormFields;
  status: SaveStatus;
  readOnly: boolean;
  onChange(changes: Partial<ArticleFormFields>): void;
  onTone(actorId: string, tone: number | null): void;
}

const STATUS_TEXT = { unsaved: "Not filled in yet.", saving: "Saving…", saved: "Saved." };

/** The reviewer's judgement of the whole article: its primary and headline frame, and tone toward each actor. */
export function ArticleFormCard({ frames, actors, fields, status, readOnly, onChange, onTone }: ArticleFormCardProps) {
  const frameChoices = frames.map((frame) => ({ value: frame.id, label: frame.label }));
  const toneOf = (actorId: string) => fields.tones.find((rated) => rated.actorId === actorId)?.tone ?? null;
  return (
    <section
      id={ARTICLE_FORM_ID}
      aria-labelledby="article-form-heading"
      className={`card ${styles.card}`}
      tabIndex={-1}
    >
      <div className={styles.heading}>
        <h2 id="article-form-heading">Whole article</h2>
        <p role="status" data-testid="article-form-status" className={styles[status.state]}>
          {status.state === "refused" ? `Not saved: ${status.message}` : STATUS_TEXT[status.state]}
        </p>
      </div>
      <p className="muted small">
        {readOnly ? "Submitted: your judgements are final." : "Each choice is saved as you make it."}
      </p>
      <fieldset disabled={readOnly} className={`form ${styles.fields}`}>
        <ChoiceSelect
          label="Primary frame"
          hint="The frame that dominates the article as a whole."
          value={fields.primaryFrameId}
          choices={frameChoices}
          disabled={readOnly}
          onChange={(primaryFrameId) => onChange({ primaryFrameId })}
        />
        <ChoiceSelect
          label="Headline frame"
          hint="The frame of the headline alone."
          value={fields.headlineFrameId}
          choices={frameChoices}
          disabled={readOnly}
          onChange={(headlineFrameId) => onChange({ headlineFrameId })}
        />
        <fieldset className={styles.tones}>
          <legend>Tone toward each actor</legend>
          <p className="muted small">
            {TONE_SCALE.map((step) => `${toneFigure(step.tone)}\u00a0${step.label.toLowerCase()}`).join(" · ")}
          </p>
          {actors.length === 0 ? (
            <p className="muted small">This event has no actors listed yet; an editor adds them on the event page.</p>
          ) : (
            actors.map((actor) => (
              <ToneScale
                key={actor.id}
                actor={actor}
                tone={toneOf(actor.id)}
                onChange={(tone) => onTone(actor.id, tone)}
              />
            ))
          )}
        </fieldset>
      </fieldset>
    </section>
  );
}

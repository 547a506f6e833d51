import { TONE_SCALE, toneFigure } from "@/lib/annotations/article-form/tone-scale";
import styles from "./article-form.module.css";

interface ToneScaleProps {
  actor: { id: string; name: string };
  tone: number | null;
  onChange(tone: number | null): void;
}

/** One actor's tone as radio buttons from −2 to +2, or not rated; each figure is read with its word. */
export function ToneScale({ actor, tone, onChange }: ToneScaleProps) {
  const name = `tone-${actor.id}`;
  return (
    <fieldset className={styles.tone}>
      <legend>{actor.name}</legend>
      <div className={styles.toneChoices}>
        <label className={styles.notRated}>
          <input type="radio" name={name} checked={tone === null} onChange={() => onChange(null)} />
          Not rated
        </label>
        {TONE_SCALE.map((step) => (
          <label key={step.tone} title={step.label}>
            <input type="radio" name={name} checked={tone === step.tone} onChange={() => onChange(step.tone)} />
            {toneFigure(step.tone)}
            <span className={styles.visuallyHidden}> {step.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

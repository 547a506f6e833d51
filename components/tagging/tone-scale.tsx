import { useId } from "react";
import { TONE_SCALE, toneFigure } from "@/lib/annotations/article-form/tone-scale";
import styles from "./article-form.module.css";

interface ToneScaleProps {
  actor: { id: string; name: string };
  tone: number | null;
  onChange(tone: number | null): void;
}

/**
 * One actor's tone: native radio buttons (arrow keys move along the scale), drawn as a row of segments so
 * a phone fits the whole scale on one line; each figure is read with its word ("−2 Hostile").
 */
export function ToneScale({ actor, tone, onChange }: ToneScaleProps) {
  const nameId = useId();
  const name = `tone-${actor.id}`;
  return (
    <div role="radiogroup" aria-labelledby={nameId} className={styles.toneRow}>
      <span id={nameId} className={styles.actorName}>
        {actor.name}
      </span>
      <span className={styles.segments}>
        <label>
          <input type="radio" name={name} checked={tone === null} onChange={() => onChange(null)} />
          <span>Not rated</span>
        </label>
        {TONE_SCALE.map((step) => (
          <label key={step.tone} title={step.label}>
            <input type="radio" name={name} checked={tone === step.tone} onChange={() => onChange(step.tone)} />
            <span>
              {toneFigure(step.tone)}
              <span className={styles.visuallyHidden}> {step.label}</span>
            </span>
          </label>
        ))}
      </span>
    </div>
  );
}

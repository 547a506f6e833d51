import type { TextSpan } from "@/lib/annotations/text/span";
import { extendByWord, type WordDirection } from "@/lib/annotations/text/word-steps";
import styles from "./adjudication.module.css";

interface SpanControlsProps {
  body: string;
  span: TextSpan;
  selected: TextSpan | null;
  onChange(span: TextSpan): void;
}

const STEPS: { edge: "start" | "end"; direction: WordDirection; label: string; text: string }[] = [
  { edge: "start", direction: -1, label: "Start one word earlier", text: "← Start" },
  { edge: "start", direction: 1, label: "Start one word later", text: "Start →" },
  { edge: "end", direction: -1, label: "End one word earlier", text: "← End" },
  { edge: "end", direction: 1, label: "End one word later", text: "End →" },
];

/** The span of a gold tag, moved a whole word at a time at either edge, or set to the words selected in the text. */
export function SpanControls({ body, span, selected, onChange }: SpanControlsProps) {
  return (
    <div className={styles.spanControls}>
      <blockquote className={styles.quote} aria-live="polite" data-testid="gold-span">
        {body.slice(span.start, span.end)}
      </blockquote>
      <div className={styles.buttons} role="group" aria-label="Span">
        {STEPS.map((step) => (
          <button
            key={step.label}
            type="button"
            className="secondary"
            aria-label={step.label}
            onClick={() => onChange(extendByWord(body, span, step.edge, step.direction))}
          >
            {step.text}
          </button>
        ))}
        <button
          type="button"
          className="secondary"
          disabled={!selected}
          title={selected ? undefined : "Select words in the text first"}
          onClick={() => selected && onChange(selected)}
        >
          Use the selected words
        </button>
      </div>
    </div>
  );
}

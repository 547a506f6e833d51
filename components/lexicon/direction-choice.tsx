import { DIRECTION_MEANINGS } from "@/lib/annotations/attributes";
import { fieldValue, type FormState } from "@/lib/forms";
import { FieldError } from "../ui/field-error";

const CHOICES = [
  { value: "", label: "Depends on the target", hint: "the reviewer decides each time" },
  ...Object.entries(DIRECTION_MEANINGS).map(([value, meaning]) => ({
    value,
    label: meaning.label,
    hint: meaning.definition.toLowerCase(),
  })),
];

/** Which way the term usually pushes its target; suggestions carry it into the reviewer's tag. */
export function DirectionChoice({ state }: { state: FormState }) {
  const chosen = fieldValue(state, "direction");
  return (
    // Keyed by the choice to keep: React resets the form after each submission and radios take defaults anew only.
    <fieldset key={chosen} className="radio-group" aria-describedby="direction-error">
      <legend>Usual direction</legend>
      {CHOICES.map((choice) => (
        <label key={choice.value}>
          <input type="radio" name="direction" value={choice.value} defaultChecked={chosen === choice.value} />
          <span>
            {choice.label} <span className="muted small">— {choice.hint}</span>
          </span>
        </label>
      ))}
      <FieldError state={state} field="direction" />
    </fieldset>
  );
}

import { ChoiceSelect } from "./choice-select";
import type { TagFieldsProps } from "./attribute-panel";

/** Which of the event's actors the tag is about; says so when the event has none yet. */
export function ActorSelect({
  tag,
  links,
  disabled,
  onChange,
  label,
  required,
}: TagFieldsProps & { label: string; required?: boolean }) {
  if (links.actors.length === 0) return <p className="muted small">{label}: this event has no actors listed yet.</p>;
  return (
    <ChoiceSelect
      label={label}
      value={tag.actorId}
      choices={links.actors.map((actor) => ({ value: actor.id, label: actor.name }))}
      disabled={disabled}
      required={required}
      onChange={(actorId) => onChange({ actorId })}
    />
  );
}

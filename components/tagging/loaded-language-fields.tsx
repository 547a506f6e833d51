import { DIRECTION_MEANINGS } from "@/lib/annotations/attributes";
import { ActorSelect } from "./actor-select";
import type { TagFieldsProps } from "./attribute-panel";
import { ChoiceSelect } from "./choice-select";

const DIRECTIONS = Object.entries(DIRECTION_MEANINGS).map(([value, meaning]) => ({ value, label: meaning.label }));

export function LoadedLanguageFields(props: TagFieldsProps) {
  const { tag, disabled, onChange } = props;
  return (
    <>
      <ChoiceSelect
        label="Direction"
        value={(tag.attributes.direction as string) ?? null}
        choices={DIRECTIONS}
        disabled={disabled}
        required
        onChange={(direction) => onChange({ attributes: { direction } })}
      />
      <ActorSelect {...props} label="Target actor" />
    </>
  );
}

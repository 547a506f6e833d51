import {
  ANONYMOUS_MEANING,
  ATTRIBUTION_FORM_MEANINGS,
  SPEAKER_TYPE_MEANINGS,
  VERB_CLASS_MEANINGS,
  type ValueMeaning,
} from "@/lib/annotations/attributes";
import { ActorSelect } from "./actor-select";
import type { TagFieldsProps } from "./attribute-panel";
import { ChoiceSelect } from "./choice-select";
import { SavedTextField } from "./saved-text-field";

const choicesOf = (meanings: Record<string, ValueMeaning>) =>
  Object.entries(meanings).map(([value, meaning]) => ({ value, label: meaning.label }));

/** Who speaks, how (quote, paraphrase, unattributed; named or not), with which verb, about which claim. */
export function AttributionFields(props: TagFieldsProps & { speakers: string[] }) {
  const { tag, links, disabled, onChange, speakers } = props;
  const attributes = tag.attributes;
  const set = (name: string) => (value: unknown) => onChange({ attributes: { [name]: value } });
  const text = (name: string) => (attributes[name] as string | null | undefined) ?? null;
  return (
    <>
      <SavedTextField
        label="Speaker"
        value={text("speaker")}
        disabled={disabled}
        list="speakers"
        onSave={set("speaker")}
      />
      <datalist id="speakers">
        {speakers.map((speaker) => (
          <option key={speaker} value={speaker} />
        ))}
      </datalist>
      <ChoiceSelect
        label="Speaker type"
        value={text("speakerType")}
        choices={choicesOf(SPEAKER_TYPE_MEANINGS)}
        disabled={disabled}
        onChange={set("speakerType")}
      />
      <ChoiceSelect
        label="Form"
        value={text("form")}
        choices={choicesOf(ATTRIBUTION_FORM_MEANINGS)}
        disabled={disabled}
        required
        onChange={set("form")}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={attributes.anonymous === true}
          disabled={disabled}
          onChange={(event) => set("anonymous")(event.target.checked)}
        />
        {ANONYMOUS_MEANING.label}
      </label>
      <SavedTextField label="Reporting verb" value={text("verb")} disabled={disabled} onSave={set("verb")} />
      <ChoiceSelect
        label="Verb class"
        value={text("verbClass")}
        choices={choicesOf(VERB_CLASS_MEANINGS)}
        disabled={disabled}
        onChange={set("verbClass")}
      />
      <ActorSelect {...props} label="Speaker's actor" />
      {links.claims.length > 0 && (
        <ChoiceSelect
          label="Claim"
          value={tag.claimId}
          choices={links.claims.map((claim) => ({ value: claim.id, label: claim.label }))}
          disabled={disabled}
          onChange={(claimId) => onChange({ claimId })}
        />
      )}
    </>
  );
}

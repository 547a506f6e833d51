import { ATTRIBUTION_FORMS, SPEAKER_TYPES } from "@/lib/annotations/attributes";
import { ActorSelect } from "./actor-select";
import type { TagFieldsProps } from "./attribute-panel";
import { ChoiceSelect } from "./choice-select";
import { SavedTextField } from "./saved-text-field";

const humanize = (code: string) => code[0].toUpperCase() + code.slice(1).replaceAll("_", " ");
const choicesOf = (codes: readonly string[]) => codes.map((code) => ({ value: code, label: humanize(code) }));
const VERB_CLASSES = choicesOf(["neutral", "evaluative"]);

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
        choices={choicesOf(SPEAKER_TYPES)}
        disabled={disabled}
        onChange={set("speakerType")}
      />
      <ChoiceSelect
        label="Form"
        value={text("form")}
        choices={choicesOf(ATTRIBUTION_FORMS)}
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
        Anonymous source
      </label>
      <SavedTextField label="Reporting verb" value={text("verb")} disabled={disabled} onSave={set("verb")} />
      <ChoiceSelect
        label="Verb class"
        value={text("verbClass")}
        choices={VERB_CLASSES}
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

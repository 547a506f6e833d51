import type { CategoryAttribute } from "@/lib/codebook/category-attributes";
import type { TagFieldsProps } from "./attribute-panel";
import { ChoiceSelect } from "./choice-select";
import { SavedTextField } from "./saved-text-field";

interface CustomAttributeFieldsProps extends TagFieldsProps {
  attributes: CategoryAttribute[];
}

/** The attributes the tag's category defines in the codebook (choice, text, flag), saved under `custom`. */
export function CustomAttributeFields({ tag, attributes, disabled, onChange }: CustomAttributeFieldsProps) {
  const values = (tag.attributes.custom ?? {}) as Record<string, unknown>;
  const set = (code: string) => (value: unknown) => onChange({ attributes: { custom: { [code]: value } } });
  return attributes.map((attribute) => {
    const value = values[attribute.code];
    const hint = attribute.description || undefined;
    if (attribute.type === "flag")
      return (
        <label key={attribute.code} className="checkbox">
          <input
            type="checkbox"
            checked={value === true}
            disabled={disabled}
            onChange={(event) => set(attribute.code)(event.target.checked)}
          />
          {attribute.label}
          {hint && <span className="muted small">{hint}</span>}
        </label>
      );
    if (attribute.type === "text")
      return (
        <SavedTextField
          key={attribute.code}
          label={attribute.label}
          hint={hint}
          value={typeof value === "string" ? value : null}
          disabled={disabled}
          onSave={set(attribute.code)}
        />
      );
    return (
      <ChoiceSelect
        key={attribute.code}
        label={attribute.label}
        hint={hint}
        value={typeof value === "string" ? value : null}
        choices={attribute.options.map((option) => ({ value: option.code, label: option.label }))}
        disabled={disabled}
        onChange={set(attribute.code)}
      />
    );
  });
}

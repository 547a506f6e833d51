import type { DraftAttribute, DraftCategory, DraftOption } from "./draft";
import { errorKey } from "./draft-errors";
import { DraftErrorsNote } from "./draft-field";
import type { ListChange } from "./draft-reducer";
import { useEditor } from "./editor-context";
import { focusAfter } from "./focus-after";
import { OptionItem } from "./option-item";
import styles from "./codebook.module.css";

interface OptionListProps {
  category: DraftCategory;
  attribute: DraftAttribute;
}

/** The options of a choice attribute, in the order reviewers see them. */
export function OptionList({ category, attribute }: OptionListProps) {
  const { dispatch, errors, announce } = useEditor();
  const keys = [category.key, attribute.key];
  const change = (change: ListChange<DraftOption>) =>
    dispatch({ type: "options", categoryKey: category.key, attributeKey: attribute.key, change });
  const idOf = (index: number) => `option-label-${keys.join("-")}-${index}`;
  const addId = `add-option-${keys.join("-")}`;
  const of = attribute.options.length;
  return (
    <fieldset className={styles.options}>
      <legend>Options of {attribute.label.trim() || "this attribute"}</legend>
      <DraftErrorsNote errors={errors[errorKey(keys, "options")]} />
      <ol className={styles.optionList}>
        {attribute.options.map((option, index) => {
          const name = option.label.trim() || `option ${index + 1}`;
          return (
            <OptionItem
              key={option.key}
              option={option}
              id={idOf(index)}
              place={index + 1}
              of={of}
              errorsOf={(field) => errors[errorKey([...keys, option.key], field)]}
              onEdit={(patch) => change({ type: "edit", key: option.key, patch })}
              onMove={(direction) => {
                change({ type: "move", key: option.key, direction });
                announce(`Option ${name} moved ${direction}: now ${direction === "up" ? index : index + 2} of ${of}.`);
              }}
              onRemove={() => {
                focusAfter(() => change({ type: "remove", key: option.key }), addId);
                announce(`Option ${name} removed.`);
              }}
            />
          );
        })}
      </ol>
      <button
        id={addId}
        type="button"
        className="secondary"
        onClick={() => focusAfter(() => change({ type: "add" }), idOf(of))}
      >
        Add option
      </button>
    </fieldset>
  );
}

import type { DraftAttribute, DraftCategory, DraftOption } from "./draft";
import { errorKey } from "./draft-errors";
import { DraftErrorsNote, DraftField } from "./draft-field";
import type { ListChange } from "./draft-reducer";
import { useEditor } from "./editor-context";
import { focusAfter } from "./focus-after";
import { MoveButtons } from "./move-buttons";
import styles from "./codebook.module.css";

interface OptionListProps {
  category: DraftCategory;
  attribute: DraftAttribute;
}

/** The options of a choice attribute, each with a label, a code and a definition, in the order reviewers see. */
export function OptionList({ category, attribute }: OptionListProps) {
  const { dispatch, errors, announce } = useEditor();
  const change = (change: ListChange<DraftOption>) =>
    dispatch({ type: "options", categoryKey: category.key, attributeKey: attribute.key, change });
  const idOf = (index: number) => `option-label-${category.key}-${attribute.key}-${index}`;
  const addId = `add-option-${category.key}-${attribute.key}`;
  return (
    <fieldset className={styles.options}>
      <legend>Options of {attribute.label.trim() || "this attribute"}</legend>
      <DraftErrorsNote errors={errors[errorKey([category.key, attribute.key], "options")]} />
      <ol className={styles.optionList}>
        {attribute.options.map((option, index) => {
          const errorsOf = (field: string) => errors[errorKey([category.key, attribute.key, option.key], field)];
          const name = option.label.trim() || `option ${index + 1}`;
          return (
            <li key={option.key} className={styles.option}>
              <DraftField
                id={idOf(index)}
                label="Option label"
                value={option.label}
                onChange={(label) => change({ type: "edit", key: option.key, patch: { label } })}
                errors={errorsOf("label")}
              />
              {option.fixedCode ? (
                <p className={styles.fixedCode}>
                  Code <code>{option.code}</code>
                </p>
              ) : (
                <DraftField
                  label="Option code"
                  value={option.code}
                  onChange={(code) => change({ type: "edit", key: option.key, patch: { code } })}
                  errors={errorsOf("code")}
                />
              )}
              <DraftField
                label="Option definition"
                value={option.description}
                onChange={(description) => change({ type: "edit", key: option.key, patch: { description } })}
                errors={errorsOf("description")}
              />
              <div className={styles.optionControls}>
                <MoveButtons
                  name={`option ${name}`}
                  place={index + 1}
                  of={attribute.options.length}
                  onMove={(direction) => {
                    change({ type: "move", key: option.key, direction });
                    const now = direction === "up" ? index : index + 2;
                    announce(`Option ${name} moved ${direction}: now ${now} of ${attribute.options.length}.`);
                  }}
                />
                <button
                  type="button"
                  className={`secondary ${styles.danger}`}
                  onClick={() => {
                    focusAfter(() => change({ type: "remove", key: option.key }), addId);
                    announce(`Option ${name} removed.`);
                  }}
                >
                  Remove<span className={styles.srOnly}> option {name}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        id={addId}
        type="button"
        className="secondary"
        onClick={() => focusAfter(() => change({ type: "add" }), idOf(attribute.options.length))}
      >
        Add option
      </button>
    </fieldset>
  );
}

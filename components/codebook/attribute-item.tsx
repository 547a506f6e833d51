import type { CategoryAttribute } from "@/lib/codebook/category-attributes";
import type { DraftAttribute, DraftCategory } from "./draft";
import { errorKey } from "./draft-errors";
import { DraftErrorsNote, DraftField } from "./draft-field";
import type { ListChange } from "./draft-reducer";
import { useEditor } from "./editor-context";
import { focusAfter } from "./focus-after";
import { MoveButtons } from "./move-buttons";
import { OptionList } from "./option-list";
import styles from "./codebook.module.css";

const TYPES: Record<CategoryAttribute["type"], string> = {
  choice: "Choice of options",
  text: "Free text",
  flag: "Yes or no",
};

interface AttributeItemProps {
  category: DraftCategory;
  attribute: DraftAttribute;
  place: number;
  of: number;
}

/** One attribute a category asks for: label, code, type, definition and, for a choice, its options. */
export function AttributeItem({ category, attribute, place, of }: AttributeItemProps) {
  const { dispatch, errors, announce } = useEditor();
  const keys = [category.key, attribute.key];
  const errorsOf = (field: string) => errors[errorKey(keys, field)];
  const change = (change: ListChange<DraftAttribute>) =>
    dispatch({ type: "attributes", categoryKey: category.key, change });
  const edit = (patch: Partial<DraftAttribute>) => change({ type: "edit", key: attribute.key, patch });
  const name = attribute.label.trim() || "New attribute";
  const remove = () => {
    focusAfter(() => change({ type: "remove", key: attribute.key }), `add-attribute-${category.key}`);
    announce(`Attribute ${name} removed from ${category.label}.`);
  };
  return (
    <li className={styles.attribute}>
      <div role="group" aria-label={`Attribute ${name}`} className={styles.attributeFields}>
        <div className={styles.itemHead}>
          <span className={styles.name}>{name}</span>
          <MoveButtons
            name={`attribute ${name}`}
            place={place}
            of={of}
            onMove={(direction) => {
              change({ type: "move", key: attribute.key, direction });
              announce(
                `Attribute ${name} moved ${direction}: now ${direction === "up" ? place - 1 : place + 1} of ${of}.`,
              );
            }}
          />
          <button type="button" className={`secondary ${styles.danger}`} onClick={remove}>
            Remove<span className={styles.srOnly}> attribute {name}</span>
          </button>
        </div>
        <div className={styles.triple}>
          <DraftField
            id={`attribute-label-${category.key}-${place - 1}`}
            label="Attribute label"
            value={attribute.label}
            onChange={(label) => edit({ label })}
            errors={errorsOf("label")}
          />
          {attribute.fixedCode ? (
            <p className={styles.fixedCode}>
              Code <code>{attribute.code}</code>
              <span className="muted small">Fixed once published.</span>
            </p>
          ) : (
            <DraftField
              label="Attribute code"
              value={attribute.code}
              onChange={(code) => edit({ code })}
              errors={errorsOf("code")}
            />
          )}
          <label>
            Type
            <select
              value={attribute.type}
              onChange={(event) => edit({ type: event.target.value as DraftAttribute["type"] })}
            >
              {Object.entries(TYPES).map(([type, label]) => (
                <option key={type} value={type}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <DraftField
          label="Attribute definition"
          rows={2}
          value={attribute.description}
          onChange={(description) => edit({ description })}
          errors={errorsOf("description")}
        />
        <DraftErrorsNote errors={errorsOf("form")} />
        {attribute.type === "choice" && <OptionList category={category} attribute={attribute} />}
      </div>
    </li>
  );
}

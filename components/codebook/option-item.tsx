import type { DraftOption } from "./draft";
import type { Direction } from "./draft-lists";
import { DraftField } from "./draft-field";
import { MoveButtons } from "./move-buttons";
import styles from "./codebook.module.css";

interface OptionItemProps {
  option: DraftOption;
  id: string;
  place: number;
  of: number;
  errorsOf(field: string): string[] | undefined;
  onEdit(patch: Partial<DraftOption>): void;
  onMove(direction: Direction): void;
  onRemove(): void;
}

/** One option of a choice: label, code (fixed once published) and definition, with its controls. */
export function OptionItem({ option, id, place, of, errorsOf, onEdit, onMove, onRemove }: OptionItemProps) {
  const name = option.label.trim() || `option ${place}`;
  return (
    <li className={styles.option}>
      <DraftField
        id={id}
        label="Option label"
        value={option.label}
        onChange={(label) => onEdit({ label })}
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
          onChange={(code) => onEdit({ code })}
          errors={errorsOf("code")}
        />
      )}
      <DraftField
        label="Option definition"
        value={option.description}
        onChange={(description) => onEdit({ description })}
        errors={errorsOf("description")}
      />
      <div className={styles.optionControls}>
        <MoveButtons name={`option ${name}`} place={place} of={of} onMove={onMove} />
        <button type="button" className={`secondary ${styles.danger}`} onClick={onRemove}>
          Remove<span className={styles.srOnly}> option {name}</span>
        </button>
      </div>
    </li>
  );
}

import { useState } from "react";
import { KIND_NAMES } from "@/lib/codebook/kinds";
import type { CategoryStatus } from "./category-status";
import type { DraftCategory } from "./draft";
import { hasErrorsWithin } from "./draft-errors";
import { useEditor } from "./editor-context";
import { CategoryFields } from "./category-fields";
import { focusAfter } from "./focus-after";
import { MoveButtons } from "./move-buttons";
import styles from "./codebook.module.css";

interface CategoryRowProps {
  category: DraftCategory;
  place: number;
  of: number;
  status: CategoryStatus;
}

const BADGES: Record<NonNullable<CategoryStatus>, string> = { new: "new", restored: "restored", edited: "changed" };

/** One category of the draft: its name and controls, and its fields while open (always while it has errors). */
export function CategoryRow({ category, place, of, status }: CategoryRowProps) {
  const { dispatch, errors, announce } = useEditor();
  const [open, setOpen] = useState(!category.fixedCode);
  const expanded = open || hasErrorsWithin(errors, [category.key]);
  const name = category.label.trim() || `New ${KIND_NAMES[category.kind].singular}`;
  const kindName = KIND_NAMES[category.kind].plural.toLowerCase();
  const retire = () => {
    const target = category.fixedCode ? `restore-${category.key}` : `add-${category.kind}`;
    focusAfter(() => dispatch({ type: "retire", key: category.key }), target);
    announce(category.fixedCode ? `${name} retired; it is listed under Retired.` : `${name} removed.`);
  };
  return (
    <li className={styles.row}>
      <div className={styles.rowHead}>
        <span className={styles.place} aria-hidden>
          {place}
        </span>
        <div className={styles.title}>
          <span className={styles.name}>{name}</span> <code className={styles.code}>{category.code}</code>
          {status && <span className={`${styles.badge} ${styles[status]}`}>{BADGES[status]}</span>}
        </div>
        <div className={styles.controls}>
          <button
            type="button"
            className="secondary"
            aria-expanded={expanded}
            aria-label={`Edit ${name}`}
            onClick={() => setOpen(!expanded)}
          >
            {expanded ? "Close" : "Edit"}
          </button>
          <MoveButtons
            name={name}
            place={place}
            of={of}
            onMove={(direction) => {
              dispatch({ type: "moveCategory", key: category.key, direction });
              announce(
                `${name} moved ${direction}: now ${direction === "up" ? place - 1 : place + 1} of ${of} ${kindName}.`,
              );
            }}
          />
          <button type="button" className={`secondary ${styles.danger}`} onClick={retire}>
            {category.fixedCode ? "Retire" : "Remove"}
            <span className={styles.srOnly}> {name}</span>
          </button>
        </div>
      </div>
      {expanded && (
        <div role="group" aria-label={name} className={styles.fields}>
          <CategoryFields category={category} />
        </div>
      )}
    </li>
  );
}

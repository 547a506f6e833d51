"use client";

import { useActionState, useCallback, useState, type ReactNode } from "react";
import type { ListEditActions } from "./list-edit-state";
import { ItemForm } from "./item-form";
import { MoveButtons } from "./move-buttons";
import { RemoveControl } from "./remove-control";
import styles from "./event-list.module.css";

interface EditableListItemProps {
  id: string;
  name: string;
  kind: "actor" | "claim";
  isFirst: boolean;
  isLast: boolean;
  actions: ListEditActions;
  /** How the item reads to everyone. */
  summary: ReactNode;
  /** The fields of its edit form. */
  fields: ReactNode;
}

/** One actor or claim with the editor's controls: edit in place, move up or down, remove after confirming. */
export function EditableListItem({ id, name, kind, isFirst, isLast, actions, summary, fields }: EditableListItemProps) {
  const [editing, setEditing] = useState(false);
  const close = useCallback(() => setEditing(false), []);
  const [removal, remove, removing] = useActionState(actions.remove, {});
  return (
    <li className={styles.item}>
      <div className={styles.summary}>{summary}</div>
      <div className={styles.controls}>
        <button
          type="button"
          className="secondary"
          aria-expanded={editing}
          aria-label={`Edit ${name}`}
          onClick={() => setEditing(!editing)}
        >
          {editing ? "Close" : "Edit"}
        </button>
        <MoveButtons id={id} name={name} isFirst={isFirst} isLast={isLast} move={actions.move} />
        <RemoveControl id={id} kind={kind} name={name} remove={remove} pending={removing} refusal={removal.error} />
      </div>
      {removal.error && (
        <p className={`form-error ${styles.wide}`} role="status">
          {removal.error}
        </p>
      )}
      {editing && (
        <ItemForm save={actions.save} itemId={id} label={`Edit ${name}`} submitLabel="Save changes" onSaved={close}>
          {fields}
        </ItemForm>
      )}
    </li>
  );
}

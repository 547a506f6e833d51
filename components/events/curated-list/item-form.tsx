"use client";

import { createContext, useContext, useActionState, useEffect, type ReactNode } from "react";
import { FormError } from "../../ui/field-error";
import type { ListEditAction, ListEditState } from "./list-edit-state";
import styles from "./event-list.module.css";

const ItemFormState = createContext<ListEditState>({});

/** What the enclosing ItemForm's last submission returned, for its fields' messages and kept values. */
export function useItemFormState(): ListEditState {
  return useContext(ItemFormState);
}

interface ItemFormProps {
  save: ListEditAction;
  /** Absent when the form adds a new item. */
  itemId?: string;
  label: string;
  submitLabel: string;
  onSaved?: () => void;
  children: ReactNode;
}

/** A form that adds or edits one actor or claim; its fields read the submission state from context. */
export function ItemForm({ save, itemId, label, submitLabel, onSaved, children }: ItemFormProps) {
  const [state, action, pending] = useActionState(save, {});
  useEffect(() => {
    if (state.savedAt) onSaved?.();
  }, [state.savedAt, onSaved]);
  return (
    <form action={action} className={`form ${styles.itemForm}`} aria-label={label}>
      {itemId && <input type="hidden" name="id" value={itemId} />}
      <ItemFormState value={state}>{children}</ItemFormState>
      <FormError state={state} />
      <button type="submit" disabled={pending} className={styles.submit}>
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}

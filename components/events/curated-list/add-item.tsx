import type { ReactNode } from "react";
import { ItemForm } from "./item-form";
import type { ListEditAction } from "./list-edit-state";
import styles from "./event-list.module.css";

/** "Add an actor" and the like: a disclosure that stays open after adding, for the next one. */
export function AddItem({ label, save, children }: { label: string; save: ListEditAction; children: ReactNode }) {
  return (
    <details className={styles.adder}>
      <summary>{label}</summary>
      <ItemForm save={save} label={label} submitLabel={label}>
        {children}
      </ItemForm>
    </details>
  );
}

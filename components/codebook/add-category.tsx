import { useState, type FormEvent } from "react";
import { KIND_NAMES } from "@/lib/codebook/kinds";
import type { CategoryKind } from "@/lib/db/generated/enums";
import { newKey } from "./draft";
import { useEditor } from "./editor-context";
import { focusAfter } from "./focus-after";
import styles from "./codebook.module.css";

/** Adds a category of one kind at the end of its list; its code is suggested from the label, then its fields open. */
export function AddCategory({ kind }: { kind: CategoryKind }) {
  const { dispatch, announce } = useEditor();
  const [label, setLabel] = useState("");
  const singular = KIND_NAMES[kind].singular;
  const add = (event: FormEvent) => {
    event.preventDefault();
    const key = newKey();
    focusAfter(() => dispatch({ type: "addCategory", kind, label: label.trim(), key }), `definition-${key}`);
    announce(`${label.trim()} added at the end of the list: write its definition.`);
    setLabel("");
  };
  return (
    <form className={styles.adder} onSubmit={add} aria-label={`Add a ${singular}`}>
      <label>
        New {singular}
        <input id={`add-${kind}`} required value={label} onChange={(event) => setLabel(event.target.value)} />
      </label>
      <button type="submit" className="secondary">
        Add {singular}
      </button>
    </form>
  );
}

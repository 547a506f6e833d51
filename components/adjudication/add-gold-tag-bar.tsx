import { useState } from "react";
import type { TextSpan } from "@/lib/annotations/text/span";
import { KIND_LABELS, KIND_ORDER } from "../tagging/kinds";
import styles from "./adjudication.module.css";
import type { CategoryInUse } from "./types";

interface AddGoldTagBarProps {
  body: string;
  selected: TextSpan | null;
  categories: CategoryInUse[];
  onAdd(categoryId: string, span: TextSpan): void;
}

const brief = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);

/** Under the text: a passage every reviewer missed becomes a gold tag from the selected words and a category. */
export function AddGoldTagBar({ body, selected, categories, onAdd }: AddGoldTagBarProps) {
  const [categoryId, setCategoryId] = useState("");
  if (!selected)
    return <p className="muted small">Select words in the text to add a gold tag that no reviewer made.</p>;
  return (
    <div className={styles.addBar} role="group" aria-label="Add a gold tag">
      <p className="small">
        Selected: “<span data-testid="gold-selection">{brief(body.slice(selected.start, selected.end))}</span>”
      </p>
      <label>
        Category
        <select value={categoryId} onChange={(event) => setCategoryId(event.target.value)}>
          <option value="">Choose…</option>
          {KIND_ORDER.map((kind) => (
            <optgroup key={kind} label={KIND_LABELS[kind]}>
              {categories
                .filter((category) => category.kind === kind)
                .map((category) => (
                  <option key={category.id} value={category.id}>
                    {category.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      <button type="button" disabled={!categoryId} onClick={() => onAdd(categoryId, selected)}>
        Add to gold…
      </button>
    </div>
  );
}

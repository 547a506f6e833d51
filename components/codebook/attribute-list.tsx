import { KIND_NAMES } from "@/lib/codebook/kinds";
import { builtInAttributes } from "./built-in-attributes";
import type { DraftCategory } from "./draft";
import { errorKey } from "./draft-errors";
import { DraftErrorsNote } from "./draft-field";
import { useEditor } from "./editor-context";
import { focusAfter } from "./focus-after";
import { AttributeItem } from "./attribute-item";
import styles from "./codebook.module.css";

/** A category's own attributes, after the built-in ones of its kind that admins cannot remove. */
export function AttributeList({ category }: { category: DraftCategory }) {
  const { dispatch, errors } = useEditor();
  const builtIn = builtInAttributes(category.kind);
  const add = () => {
    const next = category.attributes.length;
    focusAfter(
      () => dispatch({ type: "attributes", categoryKey: category.key, change: { type: "add" } }),
      `attribute-label-${category.key}-${next}`,
    );
  };
  return (
    <fieldset className={styles.attributes}>
      <legend>Own attributes</legend>
      <p className="muted small">
        {builtIn.length > 0
          ? `Every ${KIND_NAMES[category.kind].singular} tag also records ${builtIn.join(", ")}: built in, as charts rely on them.`
          : `Reviewers record these for each tag of this category, beyond the passage itself.`}
      </p>
      <DraftErrorsNote errors={errors[errorKey([category.key], "attributes")]} />
      {category.attributes.length > 0 && (
        <ol className={styles.attributeList}>
          {category.attributes.map((attribute, index) => (
            <AttributeItem
              key={attribute.key}
              category={category}
              attribute={attribute}
              place={index + 1}
              of={category.attributes.length}
            />
          ))}
        </ol>
      )}
      <button id={`add-attribute-${category.key}`} type="button" className="secondary" onClick={add}>
        Add attribute
      </button>
    </fieldset>
  );
}

import type { DraftCategory } from "./draft";
import { errorKey } from "./draft-errors";
import { DraftField } from "./draft-field";
import { useEditor } from "./editor-context";
import { AttributeList } from "./attribute-list";
import styles from "./codebook.module.css";

/** Label, code (editable until published), definition and own attributes of one category. */
export function CategoryFields({ category }: { category: DraftCategory }) {
  const { dispatch, errors } = useEditor();
  const errorsOf = (field: string) => errors[errorKey([category.key], field)];
  const edit = (patch: { label?: string; code?: string; description?: string }) =>
    dispatch({ type: "editCategory", key: category.key, patch });
  return (
    <>
      <div className={styles.pair}>
        <DraftField
          label="Label"
          value={category.label}
          onChange={(label) => edit({ label })}
          errors={errorsOf("label")}
        />
        {category.fixedCode ? (
          <p className={styles.fixedCode}>
            Code <code>{category.code}</code>
            <span className="muted small">Fixed: tags of every version are matched by it.</span>
          </p>
        ) : (
          <DraftField
            label="Code"
            hint="Suggested from the label; fixed once published."
            value={category.code}
            onChange={(code) => edit({ code })}
            errors={[...(errorsOf("code") ?? []), ...(errorsOf("kind") ?? [])]}
          />
        )}
      </div>
      <DraftField
        id={`definition-${category.key}`}
        label="Definition"
        hint="Reviewers read it while tagging: say what belongs here and what goes elsewhere."
        rows={4}
        value={category.description}
        onChange={(description) => edit({ description })}
        errors={errorsOf("description")}
      />
      <AttributeList category={category} />
    </>
  );
}

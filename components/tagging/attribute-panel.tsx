import { ActorSelect } from "./actor-select";
import { AttributionFields } from "./attribution-fields";
import { CustomAttributeFields } from "./custom-attribute-fields";
import { KIND_LABELS } from "./kinds";
import { LoadedLanguageFields } from "./loaded-language-fields";
import styles from "./side-panel.module.css";
import type { CategoryInUse, EventLinks, TagFields, WorkspaceTag } from "./types";

export interface TagFieldsProps {
  tag: WorkspaceTag;
  links: EventLinks;
  disabled: boolean;
  /** Changed fields; `attributes` holds only the changed attributes. */
  onChange(changes: Partial<TagFields>): void;
}

interface AttributePanelProps extends TagFieldsProps {
  /** The tag's category, when it is one of the version in use (another reviewer's may be of another). */
  category: CategoryInUse | undefined;
  speakers: string[];
  onDelete(): void;
}

/**
 * The selected tag: what it covers, its kind's attributes and those its category defines in the codebook
 * (each saved on change), and its delete button.
 */
export function AttributePanel({ category, speakers, onDelete, ...props }: AttributePanelProps) {
  const { tag, disabled } = props;
  return (
    <section aria-labelledby="selected-tag-heading" className={styles.attributes}>
      <h2 id="selected-tag-heading">
        {tag.label} <span className="muted small">{KIND_LABELS[tag.kind]}</span>
      </h2>
      <blockquote className={styles.quote}>{tag.quotedText}</blockquote>
      <div className="form">
        {tag.kind === "ATTRIBUTION" && <AttributionFields {...props} speakers={speakers} />}
        {tag.kind === "LOADED_LANGUAGE" && <LoadedLanguageFields {...props} />}
        {tag.kind === "NAMING" && <ActorSelect {...props} label="Actor named" required />}
        {category && <CustomAttributeFields {...props} attributes={category.attributes} />}
      </div>
      {!disabled && (
        <button type="button" className={styles.deleteButton} onClick={onDelete} aria-keyshortcuts="Delete">
          Delete tag <kbd>Del</kbd>
        </button>
      )}
    </section>
  );
}

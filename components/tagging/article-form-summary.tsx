import { ARTICLE_FORM_ID } from "./article-form-card";
import styles from "./side-panel.module.css";
import type { ArticleFormFields, CategoryInUse, EventLinks } from "./types";

interface ArticleFormSummaryProps {
  fields: ArticleFormFields;
  frames: CategoryInUse[];
  actors: EventLinks["actors"];
}

/** Where the whole-article form stands, beside the tools, with the way to it (it sits below a long text). */
export function ArticleFormSummary({ fields, frames, actors }: ArticleFormSummaryProps) {
  const primary = frames.find((frame) => frame.id === fields.primaryFrameId);
  return (
    <p className={styles.formSummary}>
      <span>
        Primary frame: <strong>{primary ? primary.label : "not set"}</strong>
        {actors.length > 0 && ` · tone for ${fields.tones.length} of ${actors.length} actors`}
      </span>
      <a href={`#${ARTICLE_FORM_ID}`}>Whole-article form</a>
    </p>
  );
}

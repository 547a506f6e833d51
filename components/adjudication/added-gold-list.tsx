import { KIND_COLOURS } from "../tagging/kinds";
import { AttributeList } from "./attribute-list";
import { attributeRows, fieldsSet } from "./attribute-rows";
import styles from "./adjudication.module.css";
import type { CategoryInUse, EventLinks, GoldTag } from "./types";

interface AddedGoldListProps {
  tags: GoldTag[];
  categories: CategoryInUse[];
  links: EventLinks;
  editable: boolean;
  onShow(tag: GoldTag): void;
  onRemove(tag: GoldTag): void;
}

/** Gold tags the adjudicator added where no reviewer had tagged, each removable while gold is open. */
export function AddedGoldList({ tags, categories, links, editable, onShow, onRemove }: AddedGoldListProps) {
  if (tags.length === 0) return null;
  return (
    <section aria-labelledby="added-gold-heading">
      <h2 id="added-gold-heading">Gold tags no reviewer made</h2>
      <ul className={styles.units}>
        {tags.map((tag) => {
          const category = categories.find((candidate) => candidate.id === tag.categoryId);
          return (
            <li key={tag.id} className={styles.unit} style={{ borderLeftColor: KIND_COLOURS[tag.kind] }}>
              <h3>{tag.label}</h3>
              <blockquote className={styles.quote}>{tag.quotedText}</blockquote>
              <AttributeList
                rows={attributeRows(tag, fieldsSet([tag], category), links, category)}
                differing={new Set()}
              />
              <div className={styles.buttons}>
                <button type="button" className="link-button small" onClick={() => onShow(tag)}>
                  Show in text
                </button>
                {editable && (
                  <button type="button" className="secondary" onClick={() => onRemove(tag)}>
                    Remove from gold
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

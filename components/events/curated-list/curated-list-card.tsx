import type { ReactNode } from "react";
import { AddItem } from "./add-item";
import { EditableListItem } from "./editable-list-item";
import type { ListEditActions } from "./list-edit-state";
import { TagCount } from "./tag-count";
import styles from "./event-list.module.css";

export interface CuratedItem {
  id: string;
  tagCount: number;
}

interface CuratedListCardProps<T extends CuratedItem> {
  title: string;
  intro: string;
  kind: "actor" | "claim";
  items: T[];
  nameOf: (item: T) => string;
  /** How an item reads to everyone. */
  summary: (item: T) => ReactNode;
  /** The fields of the add form (no item) and of an item's edit form. */
  fields: (item?: T) => ReactNode;
  /** With the actions, for editors and admins: the controls to add, edit, reorder and remove. */
  edit?: ListEditActions;
}

/** A card listing an event's actors or claims in order, readable by everyone and curated by editors. */
export function CuratedListCard<T extends CuratedItem>(props: CuratedListCardProps<T>) {
  const { title, intro, kind, items, edit } = props;
  const headingId = `${title.toLowerCase()}-heading`;
  return (
    <section className={`card ${styles.card}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p className="muted small">{intro}</p>
      {items.length === 0 ? (
        <p className="muted">No {title.toLowerCase()} yet.</p>
      ) : (
        <ol className={styles.list}>{items.map((item, index) => row(props, item, index))}</ol>
      )}
      {edit && (
        <AddItem label={`Add ${kind === "actor" ? "an" : "a"} ${kind}`} save={edit.save}>
          {props.fields()}
        </AddItem>
      )}
    </section>
  );
}

function row<T extends CuratedItem>(props: CuratedListCardProps<T>, item: T, index: number) {
  const { kind, items, nameOf, summary, fields, edit } = props;
  if (!edit)
    return (
      <li key={item.id} className={styles.item}>
        <div className={styles.summary}>{summary(item)}</div>
      </li>
    );
  return (
    <EditableListItem
      key={item.id}
      id={item.id}
      name={nameOf(item)}
      kind={kind}
      isFirst={index === 0}
      isLast={index === items.length - 1}
      actions={edit}
      summary={
        <>
          {summary(item)}
          <TagCount count={item.tagCount} />
        </>
      }
      fields={fields(item)}
    />
  );
}

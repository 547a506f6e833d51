"use client";

import { useEffect, useRef, useState } from "react";
import type { TextSpan } from "@/lib/annotations/text/span";
import { ActorSelect } from "../tagging/actor-select";
import { AttributionFields } from "../tagging/attribution-fields";
import { CustomAttributeFields } from "../tagging/custom-attribute-fields";
import { LoadedLanguageFields } from "../tagging/loaded-language-fields";
import { mergeAttributes } from "../tagging/merge-attributes";
import type { TagFields } from "../tagging/types";
import styles from "./adjudication.module.css";
import { SpanControls } from "./span-controls";
import type { CategoryInUse, EventLinks } from "./types";

interface GoldTagEditorProps {
  /** What the editor says it is for: "Edit Ravi Reviewer’s version for gold", "New gold tag". */
  title: string;
  saveLabel: string;
  body: string;
  initial: TagFields;
  category: CategoryInUse | undefined;
  links: EventLinks;
  /** The words selected in the text, which may become the tag's span. */
  selected: TextSpan | null;
  busy: boolean;
  onSave(tag: TagFields): void;
  onCancel(): void;
}

/**
 * A gold tag before it is saved: its span, moved a word at a time or taken from the text's selection, and the
 * attributes of its kind and category, edited with the tagging workspace's own fields.
 */
export function GoldTagEditor({ title, saveLabel, body, initial, category, links, ...props }: GoldTagEditorProps) {
  const [draft, setDraft] = useState(initial);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const tag = { ...draft, id: "gold-draft", revision: 0, mine: true };
  const fieldProps = {
    tag,
    links,
    disabled: props.busy,
    onChange: (changes: Partial<TagFields>) =>
      setDraft((before) => ({
        ...before,
        ...changes,
        attributes: mergeAttributes(before.attributes, changes.attributes),
      })),
  };
  const setSpan = (span: TextSpan) =>
    setDraft((before) => ({
      ...before,
      startOffset: span.start,
      endOffset: span.end,
      quotedText: body.slice(span.start, span.end),
    }));
  return (
    <div
      ref={ref}
      role="group"
      aria-label={title}
      data-gold-editor
      tabIndex={-1}
      className={styles.editor}
      onKeyDown={(event) => event.key === "Escape" && (event.stopPropagation(), props.onCancel())}
    >
      <h4>{title}</h4>
      <SpanControls
        body={body}
        span={{ start: draft.startOffset, end: draft.endOffset }}
        selected={props.selected}
        onChange={setSpan}
      />
      <div className={`form ${styles.editorFields}`}>
        {draft.kind === "ATTRIBUTION" && <AttributionFields {...fieldProps} speakers={[]} />}
        {draft.kind === "LOADED_LANGUAGE" && <LoadedLanguageFields {...fieldProps} />}
        {draft.kind === "NAMING" && <ActorSelect {...fieldProps} label="Actor named" required />}
        {draft.kind === "SOURCE_TYPE" && <ActorSelect {...fieldProps} label="Actor" />}
        {category && <CustomAttributeFields {...fieldProps} attributes={category.attributes} />}
      </div>
      <div className={styles.buttons}>
        <button type="button" disabled={props.busy} onClick={() => props.onSave(draft)}>
          {saveLabel}
        </button>
        <button type="button" className="secondary" disabled={props.busy} onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

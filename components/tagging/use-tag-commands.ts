import { useRef, useState, type RefObject } from "react";
import { snapToWords } from "@/lib/annotations/text/snap-to-words";
import { selectionToSpan } from "./dom-offsets";
import { newTag } from "./new-tag";
import { caretAt, taggableSpan, type TextSelection } from "./text-selection";
import type { CategoryInUse, EventLinks } from "./types";
import type { useTagEditing } from "./use-tag-editing";
import { isPending } from "./use-tag-store";

interface Workspace {
  body: string;
  categories: CategoryInUse[];
  links: EventLinks;
  editing: ReturnType<typeof useTagEditing>;
  announce(message: string): void;
}

const brief = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** What the reviewer does to the text: select, tag the selection, show a tag's passage, delete a tag. */
export function useTagCommands({ body, categories, links, editing, announce }: Workspace) {
  const textRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [selectedTagId, setSelectedTagId] = useState<string | null>(null);

  async function apply(categoryId: string) {
    const span = taggableSpan(body, selection) ?? touchSelection(textRef, body);
    const category = categories.find((candidate) => candidate.id === categoryId);
    if (!span || !category) return announce("Select the words to tag first.");
    const fields = newTag(body, span, category, links.actors);
    if ("error" in fields) return announce(fields.error);
    setSelection(caretAt(span.end));
    const tag = await editing.create(fields);
    if (!tag) return;
    setSelectedTagId(tag.id);
    announce(`Tagged “${brief(tag.quotedText)}” as ${tag.label}.`);
  }

  function show(tagId: string) {
    const tag = editing.tags.find((candidate) => candidate.id === tagId);
    const text = textRef.current;
    if (!tag || !text) return;
    setSelectedTagId(tagId);
    setSelection(caretAt(tag.startOffset));
    text.querySelector(`[data-start="${tag.startOffset}"]`)?.scrollIntoView({ block: "center" });
    text.focus({ preventScroll: true });
  }

  async function removeSelected() {
    const tag = editing.tags.find((candidate) => candidate.id === selectedTagId);
    if (!tag?.mine) return;
    // A tag still on its way to the server has no stored id to delete yet.
    if (isPending(tag)) return announce("This tag is still being saved; delete it once it is saved.");
    setSelectedTagId(null);
    if (await editing.remove(tag.id)) announce(`Deleted the ${tag.label} tag on “${brief(tag.quotedText)}”.`);
  }

  function clear() {
    setSelection(null);
    setSelectedTagId(null);
  }

  return { textRef, selection, setSelection, selectedTagId, setSelectedTagId, apply, show, removeSelected, clear };
}

/** A selection made by touch (long press) never ends in a mouseup; it is still in the document. */
function touchSelection(textRef: RefObject<HTMLDivElement | null>, body: string) {
  const span = textRef.current && selectionToSpan(textRef.current, window.getSelection());
  return span && snapToWords(body, span);
}

import { snapToWords } from "@/lib/annotations/text/snap-to-words";
import type { TextSpan } from "@/lib/annotations/text/span";
import { nextWordBoundary } from "@/lib/annotations/text/word-steps";

/** The reviewer's selection in the body: `anchor` stays where it began, `focus` moves with the keys. */
export interface TextSelection {
  anchor: number;
  focus: number;
}

export const caretAt = (offset: number): TextSelection => ({ anchor: offset, focus: offset });

export const spanOf = ({ anchor, focus }: TextSelection): TextSpan => ({
  start: Math.min(anchor, focus),
  end: Math.max(anchor, focus),
});

/** The whole words a selection touches, as a tag would cover them; null for a caret. */
export function taggableSpan(body: string, selection: TextSelection | null): TextSpan | null {
  return selection && snapToWords(body, spanOf(selection));
}

/** Arrow keys move the caret a word; with Shift they move only the focus, growing or shrinking the selection. */
export function moveByWord(body: string, selection: TextSelection, direction: 1 | -1, extend: boolean): TextSelection {
  const focus = nextWordBoundary(body, selection.focus, direction);
  return extend ? { anchor: selection.anchor, focus } : caretAt(focus);
}

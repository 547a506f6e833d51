import { flushSync } from "react-dom";

/** Applies a change that re-renders the list, then focuses the element with this id once it is on screen. */
export function focusAfter(change: () => void, id: string): void {
  flushSync(change);
  document.getElementById(id)?.focus();
}

import { useState, type RefObject } from "react";
import type { AdjudicationUnit } from "./types";

/**
 * Which unit the keys act on (one tab stop for the whole list): `focus` moves the page's focus to it and scrolls
 * it into view, `select` only records a unit the page's focus has entered (a click on one of its buttons must not
 * scroll the button from under the pointer).
 */
export function useUnitFocus(units: AdjudicationUnit[], listRef: RefObject<HTMLElement | null>) {
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const current = units.find((unit) => unit.key === focusedKey) ?? units[0] ?? null;

  function focus(key: string) {
    setFocusedKey(key);
    const element = listRef.current?.querySelector<HTMLElement>(`[data-unit-key="${key}"]`);
    element?.focus({ preventScroll: true });
    element?.scrollIntoView({ block: "nearest" });
  }

  function move(step: 1 | -1) {
    if (!current) return;
    const index = Math.min(Math.max(units.indexOf(current) + step, 0), units.length - 1);
    focus(units[index].key);
  }

  /** After deciding a unit by key, on to the next one still undecided (or stay at the last). */
  function advance(from: AdjudicationUnit) {
    const after = units.slice(units.indexOf(from) + 1);
    const next = after.find((unit) => unit.undecided > 0) ?? after[0];
    focus((next ?? from).key);
  }

  return { current, focus, move, advance, select: setFocusedKey };
}

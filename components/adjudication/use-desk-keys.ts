import { useEffect, useRef } from "react";

export interface DeskKeyHandlers {
  move(step: 1 | -1): void;
  show(): void;
  /** A reviewer's version by its column (0 for the first), or null: the unit's one version. */
  accept(versionIndex: number | null): void;
  edit(): void;
  reject(): void;
  undo(): void;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));

const inEditor = (target: EventTarget | null) => target instanceof Element && target.closest("[data-gold-editor]");

/**
 * The desk's keys, anywhere on the page except in a field or in the gold tag editor: j and k (or the arrows on
 * a unit) move between units, Enter on a unit shows its passage, a, 1–9, e, r and u decide.
 */
export function useDeskKeys(handlers: DeskKeyHandlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target) || inEditor(event.target)) return;
      const onUnit = event.target instanceof HTMLElement && event.target.dataset.unitKey !== undefined;
      const command = commandFor(event.key, onUnit, latest.current);
      if (!command) return;
      event.preventDefault();
      command();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}

/** What a key does; the arrows and Enter only on a unit itself, where they mean nothing else. */
function commandFor(key: string, onUnit: boolean, on: DeskKeyHandlers): (() => void) | undefined {
  if (key === "j" || (onUnit && key === "ArrowDown")) return () => on.move(1);
  if (key === "k" || (onUnit && key === "ArrowUp")) return () => on.move(-1);
  if (onUnit && key === "Enter") return on.show;
  if (key === "a") return () => on.accept(null);
  if (/^[1-9]$/.test(key)) return () => on.accept(Number(key) - 1);
  return ({ e: on.edit, r: on.reject, u: on.undo } as Record<string, (() => void) | undefined>)[key];
}

import { useEffect, useRef } from "react";

export interface WorkspaceKeyHandlers {
  /** A category's key; true when it applied a category (so the key does nothing else). */
  onShortcut(key: string): boolean;
  onDelete(): void;
  onEscape(): void;
  onUndo(): void;
  onRedo(): void;
  /** "?": open or close the definitions. */
  onHelp(): void;
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));

/** The workspace's keys, anywhere on the page except while typing in a field (where they mean text editing). */
export function useWorkspaceKeys(handlers: WorkspaceKeyHandlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (isTyping(event.target) || event.altKey) return;
      const on = latest.current;
      const command = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const handled = command
        ? key === "z" || key === "y"
        : ["Delete", "Backspace", "Escape", "?"].includes(event.key) || on.onShortcut(event.key);
      if (!handled) return;
      event.preventDefault();
      if (command) (key === "y" || event.shiftKey ? on.onRedo : on.onUndo)();
      else if (event.key === "Escape") on.onEscape();
      else if (event.key === "?") on.onHelp();
      else if (event.key === "Delete" || event.key === "Backspace") on.onDelete();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}

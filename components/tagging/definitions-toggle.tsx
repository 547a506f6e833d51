import type { RefObject } from "react";
import { DEFINITIONS_ID } from "./definitions-panel";
import styles from "./side-panel.module.css";

interface DefinitionsToggleProps {
  open: boolean;
  buttonRef: RefObject<HTMLButtonElement | null>;
  onToggle(): void;
}

export function DefinitionsToggle({ open, buttonRef, onToggle }: DefinitionsToggleProps) {
  return (
    <button
      ref={buttonRef}
      type="button"
      className={styles.secondary}
      aria-expanded={open}
      aria-controls={open ? DEFINITIONS_ID : undefined}
      aria-keyshortcuts="?"
      onClick={onToggle}
    >
      Definitions <kbd>?</kbd>
    </button>
  );
}

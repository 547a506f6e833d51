import styles from "./side-panel.module.css";

interface HistoryButtonsProps {
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
}

export function HistoryButtons({ canUndo, canRedo, onUndo, onRedo }: HistoryButtonsProps) {
  return (
    <>
      <button
        type="button"
        className={styles.secondary}
        disabled={!canUndo}
        onClick={onUndo}
        aria-keyshortcuts="Control+Z"
      >
        Undo
      </button>
      <button
        type="button"
        className={styles.secondary}
        disabled={!canRedo}
        onClick={onRedo}
        aria-keyshortcuts="Control+Shift+Z"
      >
        Redo
      </button>
    </>
  );
}

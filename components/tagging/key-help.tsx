import styles from "./side-panel.module.css";

const KEYS: [string, string][] = [
  ["drag", "select words with the mouse"],
  ["← →", "move the caret a word (click in the text or Tab to it first)"],
  ["⇧← ⇧→", "extend or shrink the selection by a word"],
  ["1–9, A–Z", "tag the selection with that category"],
  ["Enter", "select the tag at the selection"],
  ["Del", "delete the selected tag"],
  ["Esc", "clear the selection"],
  ["?", "show or hide the definitions"],
  [". ,", "next or previous suggestion"],
  ["+ -", "accept or reject the current suggestion"],
  ["Ctrl+Z", "undo"],
  ["Ctrl+⇧+Z", "redo"],
];

export function KeyHelp({ id }: { id: string }) {
  return (
    <details className={styles.keyHelp}>
      <summary>Keyboard</summary>
      <dl id={id}>
        {KEYS.map(([keys, does]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{does}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

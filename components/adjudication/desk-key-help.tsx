import styles from "./adjudication.module.css";

const KEYS: [string, string][] = [
  ["j / ↓", "Next unit"],
  ["k / ↑", "Previous unit"],
  ["Enter", "Show the unit's passage in the text"],
  ["a", "Accept the unit's only version (when versions agree)"],
  ["1, 2, …", "Accept that reviewer's version"],
  ["e", "Edit the first undecided version for gold"],
  ["r", "Reject every undecided version of the unit"],
  ["u", "Undo the unit's decisions"],
  ["Esc", "Close the editor"],
];

export function DeskKeyHelp() {
  return (
    <details className={styles.keyHelp}>
      <summary>Keyboard</summary>
      <dl>
        {KEYS.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

import styles from "./suggestion-panel.module.css";
import type { OfferedSuggestion } from "./types";

/** The suggestions this reviewer turned down here, folded away, each to take back. */
export function RejectedSuggestions(props: {
  rejected: OfferedSuggestion[];
  onRestore(suggestion: OfferedSuggestion): void;
}) {
  if (props.rejected.length === 0) return null;
  return (
    <details className={styles.rejected}>
      <summary>Rejected ({props.rejected.length})</summary>
      <ul>
        {props.rejected.map((suggestion) => (
          <li key={suggestion.key}>
            <span className={styles.quote}>
              {suggestion.tag.label}: {suggestion.tag.quotedText}
            </span>
            <button type="button" className="link-button" onClick={() => props.onRestore(suggestion)}>
              Suggest again
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

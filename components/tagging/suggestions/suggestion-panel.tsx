import { memo, useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { KIND_COLOURS } from "../kinds";
import styles from "./suggestion-panel.module.css";
import { RejectedSuggestions } from "./rejected-suggestions";
import type { OfferedSuggestion } from "./types";
import type { useSuggestions } from "./use-suggestions";

/**
 * The article's open suggestions with the reason for each, to accept or reject by mouse or key; those rejected can
 * be taken back. Hidden, the text shows none of them and their keys do nothing.
 */
export function SuggestionPanel({ suggestions }: { suggestions: ReturnType<typeof useSuggestions> }) {
  const { open, current, shown, lastRejected } = suggestions;
  const listRef = useRef<HTMLOListElement>(null);
  // Stable handlers for the items: moving to the next suggestion re-renders two items, not hundreds.
  const latest = useRef(suggestions);
  useLayoutEffect(() => {
    latest.current = suggestions;
  });
  const answer = useMemo<Answer>(
    () => ({
      focus: (suggestion) => latest.current.focus(suggestion),
      accept: (suggestion) => void latest.current.accept(suggestion),
      reject: (suggestion) => void latest.current.reject(suggestion),
    }),
    [],
  );
  useEffect(() => {
    if (listRef.current) scrollListTo(listRef.current, listRef.current.querySelector('[aria-current="true"]'));
  }, [current]);
  return (
    <section className={styles.panel} aria-labelledby="suggestions-heading" data-testid="suggestions">
      <div className={styles.header}>
        <h2 id="suggestions-heading">
          Suggestions <span className="muted small">({open.length})</span>
        </h2>
        <button
          type="button"
          className={styles.toggle}
          aria-label={`${shown ? "Hide" : "Show"} suggestions`}
          aria-expanded={shown}
          onClick={suggestions.toggle}
        >
          {shown ? "Hide" : "Show"}
        </button>
      </div>
      {shown && (
        <>
          <p className="muted small">
            Dashed in the text, not tags until accepted: <kbd>.</kbd> next, <kbd>,</kbd> previous, <kbd>+</kbd> accept,{" "}
            <kbd>-</kbd> reject.
          </p>
          {lastRejected && (
            <p className={styles.undo}>
              Rejected “{lastRejected.tag.quotedText}”.{" "}
              <button type="button" className="link-button" onClick={() => void suggestions.restore(lastRejected)}>
                Undo
              </button>
            </p>
          )}
          {open.length === 0 ? (
            <p className="muted small">No suggestions left on this article.</p>
          ) : (
            <ol ref={listRef} className={styles.list}>
              {open.map((suggestion, index) => (
                <SuggestionItem
                  key={suggestion.key}
                  id={`suggestion-${index}`}
                  suggestion={suggestion}
                  current={suggestion.key === current?.key}
                  answer={answer}
                />
              ))}
            </ol>
          )}
          <RejectedSuggestions rejected={suggestions.rejected} onRestore={suggestions.restore} />
        </>
      )}
    </section>
  );
}

interface Answer {
  focus(suggestion: OfferedSuggestion): void;
  accept(suggestion: OfferedSuggestion): void;
  reject(suggestion: OfferedSuggestion): void;
}

interface ItemProps {
  id: string;
  suggestion: OfferedSuggestion;
  current: boolean;
  answer: Answer;
}

const SuggestionItem = memo(function SuggestionItem({ id, suggestion, current, answer }: ItemProps) {
  const { tag } = suggestion;
  return (
    <li
      className={styles.item}
      aria-current={current || undefined}
      style={{ borderLeftColor: KIND_COLOURS[tag.kind] }}
      data-testid="suggestion"
    >
      <button
        type="button"
        className={styles.show}
        aria-describedby={`${id}-why`}
        onClick={() => answer.focus(suggestion)}
      >
        <strong>{tag.label}</strong>
        <span className={styles.quote}>{tag.quotedText}</span>
      </button>
      <p id={`${id}-why`} className={styles.why}>
        {suggestion.why} <span className={styles.rule}>({suggestion.rule})</span>
      </p>
      <div className={styles.actions}>
        <button type="button" aria-describedby={`${id}-why`} onClick={() => answer.accept(suggestion)}>
          Accept
        </button>
        <button
          type="button"
          className={styles.secondary}
          aria-describedby={`${id}-why`}
          onClick={() => answer.reject(suggestion)}
        >
          Reject
        </button>
      </div>
    </li>
  );
});

/** Brings the current item into the list's own scroll box, never scrolling the page (on a phone it would jump). */
function scrollListTo(list: HTMLElement, item: HTMLElement | null) {
  if (!item) return;
  const top = item.offsetTop;
  if (top < list.scrollTop) list.scrollTop = top;
  else if (top + item.offsetHeight > list.scrollTop + list.clientHeight)
    list.scrollTop = top + item.offsetHeight - list.clientHeight;
}

import styles from "./connection-banner.module.css";
import type { LinkState } from "./use-connection";

interface ConnectionBannerProps {
  state: LinkState;
  /** The reviewer's changes not saved yet. */
  waiting: number;
  onRetryNow(): void;
}

const changes = (count: number) => (count === 1 ? "your last change is" : `your last ${count} changes are`);

function messageFor(state: LinkState, waiting: number): string | null {
  if (state === "down")
    return waiting > 0
      ? `Can't reach the server — ${changes(waiting)} waiting and will be saved automatically.`
      : "Can't reach the server — trying again; your changes will be saved automatically.";
  if (state === "back")
    return waiting > 0
      ? `Connected again — saving ${waiting === 1 ? "your waiting change" : `your ${waiting} waiting changes`}…`
      : "Connected again — all your changes are saved.";
  return null;
}

/**
 * Says when saves cannot get through and that nothing is lost: the changes wait and are sent again on their own.
 * The live region is always there (empty while all is well), so screen readers announce it when it fills.
 */
export function ConnectionBanner({ state, waiting, onRetryNow }: ConnectionBannerProps) {
  const message = messageFor(state, waiting);
  const tone = state === "down" ? styles.down : state === "back" ? styles.back : styles.idle;
  return (
    <div className={`${styles.banner} ${tone}`} data-testid="connection-banner">
      <p role="status" aria-live="polite" className={styles.message}>
        {message}
      </p>
      {state === "down" && (
        <button type="button" onClick={onRetryNow}>
          Try again now
        </button>
      )}
    </div>
  );
}

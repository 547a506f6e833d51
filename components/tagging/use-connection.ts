import { useCallback, useEffect, useRef, useState } from "react";
import { retryDelay } from "./retry-delay";

/** "down" while saves fail to get through; "back" once they do again, until the reviewer's next change. */
export type LinkState = "up" | "down" | "back";

/** Sends a write until the server answers it for good, and hands back that answer. */
export type Persist = <T>(write: () => Promise<T>) => Promise<T>;

/** Runs a change of the reviewer's and counts it as waiting until it is done. */
export type Track = <T>(change: () => Promise<T>) => Promise<T>;

/** For a workspace without a connection to watch (tests): runs the change, counts nothing. */
export const untracked: Track = (change) => change();

/** An answer that says the write did not happen for a passing reason (the database was unreachable). */
const unavailable = (value: unknown) =>
  typeof value === "object" && value !== null && (value as { retry?: unknown }).retry === true;

/**
 * The workspace's link to the server. `persist` sends a write and, when it cannot get through (the network or
 * server is down, the server answers with an error, or the database is unavailable), waits and sends the very
 * same write again, so a change made during an outage is kept and saved once the server is back. `track` counts
 * the reviewer's changes from the moment they are queued until they are saved or refused, for the banner; while
 * they wait on an outage, leaving the page asks first.
 */
export function useConnection() {
  const [state, setState] = useState<LinkState>("up");
  const [waiting, setWaiting] = useState(0);
  const waitingNow = useRef(0);
  const wake = useRef(new Set<() => void>());
  const mounted = useRef(true);
  const failing = useRef(false);

  const retryNow = useCallback(() => wake.current.forEach((resume) => resume()), []);

  useEffect(() => {
    mounted.current = true;
    // Only while saves cannot get through: a save merely under way is not worth a question. Refs, not state,
    // so the answer is right the moment a save ends (state would lag by a render).
    const ask = (event: BeforeUnloadEvent) => {
      if (failing.current && waitingNow.current > 0) event.preventDefault();
    };
    window.addEventListener("online", retryNow);
    window.addEventListener("beforeunload", ask);
    return () => {
      mounted.current = false;
      window.removeEventListener("online", retryNow);
      window.removeEventListener("beforeunload", ask);
    };
  }, [retryNow]);

  const track: Track = useCallback(<T>(change: () => Promise<T>): Promise<T> => {
    if (waitingNow.current === 0) setState((now) => (now === "back" ? "up" : now));
    const count = (step: number) => setWaiting((waitingNow.current += step));
    count(1);
    return change().finally(() => count(-1));
  }, []);

  const persist: Persist = useCallback(async <T>(write: () => Promise<T>): Promise<T> => {
    for (let failures = 1; ; failures += 1) {
      const outcome = await write().then(
        (value) => ({ answered: true as const, value }),
        (error: unknown) => ({ answered: false as const, error }),
      );
      if (outcome.answered && !unavailable(outcome.value)) {
        failing.current = false;
        setState((now) => (now === "down" ? "back" : now));
        return outcome.value;
      }
      // A workspace that is gone (the reviewer left) stops trying; its last answer stands.
      if (!mounted.current) {
        if (outcome.answered) return outcome.value;
        throw outcome.error;
      }
      failing.current = true;
      setState("down");
      await pause(retryDelay(failures), wake.current);
    }
  }, []);

  return { state, waiting, track, persist, retryNow };
}

/** Waits `ms`, or less if someone asks to try now (a button, the browser coming back online). */
function pause(ms: number, wake: Set<() => void>): Promise<void> {
  return new Promise((resolve) => {
    const resume = () => {
      clearTimeout(timer);
      wake.delete(resume);
      resolve();
    };
    const timer = setTimeout(resume, ms);
    wake.add(resume);
  });
}

/**
 * Wraps a read so that calls with the same key while one is running share its answer; a call after it settles
 * reads anew, so nothing is kept that a later write could make stale. A comparison's sections ask for the same
 * counts at the same moment (and so do two people opening the same comparison): one query answers them all.
 * React's `cache()` shares within one render only, and not at all outside one.
 */
export function shareInFlight<A extends unknown[], T>(
  keyOf: (...args: A) => string,
  read: (...args: A) => Promise<T>,
): (...args: A) => Promise<T> {
  const running = new Map<string, Promise<T>>();
  return (...args) => {
    const key = keyOf(...args);
    const shared = running.get(key);
    if (shared) return shared;
    const started = read(...args).finally(() => running.delete(key));
    running.set(key, started);
    return started;
  };
}

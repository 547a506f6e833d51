const FIRST_MS = 1_000;
const LONGEST_MS = 10_000;

/**
 * How long to wait before sending a failed save again: doubling from one second up to ten, each spread by up to
 * a fifth either way so that many workspaces cut off by the same outage do not all come back in the same instant.
 * `random` is in [0, 1).
 */
export function retryDelay(failures: number, random = Math.random()): number {
  const base = Math.min(LONGEST_MS, FIRST_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.8 + 0.4 * random));
}

import { useCallback, useRef } from "react";

/**
 * Runs jobs one after another. Each tag write names the revision it read, so a second edit must not start
 * before the first has come back with the new revision (and an undo must wait for the step it undoes).
 */
export function useSerialQueue() {
  const tail = useRef<Promise<unknown>>(Promise.resolve());
  return useCallback(<T>(job: () => Promise<T>): Promise<T> => {
    const run = tail.current.then(job);
    tail.current = run.catch(() => undefined);
    return run;
  }, []);
}

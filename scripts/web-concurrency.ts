import cluster from "node:cluster";

/** How many app processes `WEB_CONCURRENCY` asks for: unset or empty is one. */
export function webConcurrency(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 1;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`WEB_CONCURRENCY must be a whole number of processes, 1 or more (it is "${value}").`);
  return count;
}

/**
 * Runs `count` copies of this script as cluster workers sharing its port: the primary hands each incoming
 * connection to the next worker. The app keeps no state in memory that another process needs (sessions,
 * throttles, locks and the import queue are in Postgres), so any worker can answer any request. A worker that
 * dies is replaced; a stop signal is passed on to every worker and the primary exits after the last.
 */
export function runWorkers(count: number): void {
  let stopping = false;
  for (let n = 0; n < count; n++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`App worker ${worker.process.pid} exited (${signal ?? code}); starting another.`);
    cluster.fork();
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    });
}

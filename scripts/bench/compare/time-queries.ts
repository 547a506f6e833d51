import { median, percentile } from "../tagging/stats.ts";

export interface Timing {
  name: string;
  median: number;
  p95: number;
}

/** Runs each query `runs` times one after another (after one warm-up run), in ms; `before` as in timeTogether. */
export async function timeEach(
  queries: Record<string, () => Promise<unknown>>,
  runs: number,
  before: () => Promise<unknown> = async () => undefined,
): Promise<Timing[]> {
  const timings: Timing[] = [];
  for (const [name, run] of Object.entries(queries)) {
    await run();
    const samples: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      await before();
      const started = performance.now();
      await run();
      samples.push(performance.now() - started);
    }
    timings.push({ name, median: median(samples), p95: percentile(samples, 0.95) });
  }
  return timings;
}

/**
 * The whole page's data as the page asks for it: every query at once (its sections stream in parallel). `before`
 * runs ahead of each sample, untimed (say, a write that makes the kept answers stale).
 */
export async function timeTogether(
  name: string,
  queries: Record<string, () => Promise<unknown>>,
  runs: number,
  before: () => Promise<unknown> = async () => undefined,
): Promise<Timing> {
  const all = () => Promise.all(Object.values(queries).map((run) => run()));
  await all();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    await before();
    const started = performance.now();
    await all();
    samples.push(performance.now() - started);
  }
  return { name, median: median(samples), p95: percentile(samples, 0.95) };
}

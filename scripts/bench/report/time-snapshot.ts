import { computeReportSnapshot } from "../../../lib/reports/compute-report-snapshot.ts";
import type { ReportContent } from "../../../lib/reports/schemas.ts";
import { median, percentile } from "../tagging/stats.ts";

export interface SnapshotTiming {
  /** The first computation, on a cold connection pool and cold caches. */
  first: number;
  median: number;
  p95: number;
  /** The snapshot as stored on publication (JSON). */
  bytes: number;
}

/** Computes a report's numbers (every section's queries and statistics) `runs` times after a first cold run, in ms. */
export async function timeSnapshot(eventId: string, content: ReportContent, runs: number): Promise<SnapshotTiming> {
  const once = async () => {
    const started = performance.now();
    const snapshot = await computeReportSnapshot(eventId, content);
    return { ms: performance.now() - started, bytes: Buffer.byteLength(JSON.stringify(snapshot)) };
  };
  const first = await once();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) samples.push((await once()).ms);
  return { first: first.ms, median: median(samples), p95: percentile(samples, 0.95), bytes: first.bytes };
}

import { setTimeout as delay } from "node:timers/promises";
import autocannon from "autocannon";

/** One kind of request of the simulated users, at `perSecond` requests a second over all of them. */
export interface RequestType {
  name: string;
  perSecond: number;
  /** autocannon's request: `setupRequest` picks the user and builds the request; `onResponse` checks the answer. */
  request: autocannon.Request;
  /** Answers that came back 2xx but said the request failed (a refused save, a page without its sections). */
  refused: Refusals;
}

export class Refusals {
  count = 0;
  readonly examples: string[] = [];
  add(reason: string): void {
    this.count += 1;
    if (this.examples.length < 3) this.examples.push(reason.slice(0, 300));
  }
}

export interface TypeRun {
  name: string;
  lanes: number;
  /** Milliseconds from writing each request to reading the last byte of its answer (streamed pages included). */
  samples: number[];
  errors: number;
  timeouts: number;
  non2xx: number;
  /** How many answers came back with each status. */
  statuses: Record<string, number>;
  refused: number;
  refusals: string[];
  seconds: number;
}

const TIMEOUT_SECONDS = 30;

/**
 * Runs one request type for `seconds` as autocannon instances of one connection each, at one request a second
 * each. autocannon paces whole requests per second and connection, and starts the second of every connection of
 * an instance at the same moment, so one instance of n connections would send its n requests in one burst each
 * second; lanes started 1/n s apart spread them over the second as independent users would.
 */
export async function runLanes(baseUrl: string, type: RequestType, seconds: number): Promise<TypeRun> {
  const lanes = Math.max(1, Math.round(type.perSecond));
  const samples: number[] = [];
  const statuses: Record<string, number> = {};
  const lane = async (index: number) => {
    await delay((index * 1000) / lanes);
    return new Promise<autocannon.Result>((resolve, reject) => {
      const options = {
        url: baseUrl,
        connections: 1,
        connectionRate: 1,
        duration: seconds,
        timeout: TIMEOUT_SECONDS,
        // The rate is the users' pace, not a backlog: autocannon's correction for missed sends would invent samples.
        ignoreCoordinatedOmission: true,
        requests: [type.request],
      };
      const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
      instance.on("response", (_client, status, _bytes, milliseconds) => {
        samples.push(milliseconds);
        statuses[status] = (statuses[status] ?? 0) + 1;
      });
    });
  };
  const results = await Promise.all(Array.from({ length: lanes }, (_, index) => lane(index)));
  const sum = (pick: (result: autocannon.Result) => number) => results.reduce((total, r) => total + pick(r), 0);
  return {
    name: type.name,
    lanes,
    samples,
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
    non2xx: sum((r) => r.non2xx),
    statuses,
    refused: type.refused.count,
    refusals: type.refused.examples,
    seconds,
  };
}

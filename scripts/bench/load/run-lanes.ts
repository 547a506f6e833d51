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

/** Where the lanes go: the app processes' addresses, and the address users see (their `Host`). */
export interface Targets {
  publicUrl: string;
  processUrls: string[];
  /** Which process the type's first lane goes to; the others follow round-robin. */
  firstLane: number;
}

/** As a load balancer in front of the processes passes requests on: to its own port, under the public Host. */
function laneRequest(request: autocannon.Request, host: string): autocannon.Request {
  const setup = request.setupRequest;
  if (typeof setup !== "function") return request;
  return {
    ...request,
    setupRequest: (req, context) => {
      const built = setup(req, context);
      return { ...built, headers: { ...built.headers, host } };
    },
  };
}

/** How many lanes (one connection each) a request type runs on. */
export const laneCount = (type: RequestType) => Math.max(1, Math.round(type.perSecond));

/**
 * Runs one request type for `seconds` as autocannon instances of one connection each, at one request a second
 * each. autocannon paces whole requests per second and connection, and starts the second of every connection of
 * an instance at the same moment, so one instance of n connections would send its n requests in one burst each
 * second; lanes started 1/n s apart spread them over the second as independent users would. With several app
 * processes each lane (a user's kept-alive connection) goes to the next process in turn, as a connection-level
 * load balancer (or Node's cluster module) hands out connections.
 */
export async function runLanes(targets: Targets, type: RequestType, seconds: number): Promise<TypeRun> {
  const lanes = laneCount(type);
  const host = new URL(targets.publicUrl).host;
  const request = laneRequest(type.request, host);
  const samples: number[] = [];
  const statuses: Record<string, number> = {};
  const lane = async (index: number) => {
    await delay((index * 1000) / lanes);
    return new Promise<autocannon.Result>((resolve, reject) => {
      const options = {
        url: targets.processUrls[(targets.firstLane + index) % targets.processUrls.length],
        connections: 1,
        connectionRate: 1,
        duration: seconds,
        timeout: TIMEOUT_SECONDS,
        // The rate is the users' pace, not a backlog: autocannon's correction for missed sends would invent samples.
        ignoreCoordinatedOmission: true,
        requests: [request],
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

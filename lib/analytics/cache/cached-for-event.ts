import superjson from "superjson";
import { findCached } from "./find-cached.ts";
import { storeCached } from "./store-cached.ts";

/**
 * Keeps the answers of one of an event's comparison reads in Postgres, for every app process, and serves one only
 * while the data versions it was computed under are current. Triggers give an event a new version in the same
 * transaction as any write that can change its comparison (migration `analytics_cache`), so a served answer is
 * never stale. The versions are read before computing: an answer computed while a write commits is kept under the
 * older version and never served. `name` must be unique per read; the arguments after the event complete the key.
 */
export function cachedForEvent<A extends unknown[], T>(
  name: string,
  read: (eventId: string, ...args: A) => Promise<T>,
): (eventId: string, ...args: A) => Promise<T> {
  return async (eventId, ...args) => {
    const key = `${name}:${JSON.stringify(args)}`;
    const cached = await findCached(eventId, key);
    if (cached.payload !== null) return superjson.parse<T>(cached.payload);
    const answer = await read(eventId, ...args);
    await storeCached(eventId, key, cached.versions, superjson.stringify(answer));
    return answer;
  };
}

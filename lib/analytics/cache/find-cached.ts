import { db } from "../../db/client.ts";

/** The versions of an event's data (and of what every comparison reads) that a cached answer must match. */
export interface DataVersions {
  event: bigint;
  shared: bigint;
}

const SHARED_SCOPE = "00000000-0000-0000-0000-000000000000";

/**
 * One round trip: the current data versions, and the answer kept under exactly those versions (null when there is
 * none). A scope no write has touched since the cache began is at version 0.
 */
export async function findCached(eventId: string, key: string) {
  const [row] = await db().$queryRaw<{ event: bigint; shared: bigint; payload: string | null }[]>`
    SELECT v.event, v.shared, c.payload
    FROM (SELECT coalesce((SELECT version FROM analytics_data_versions WHERE scope = ${eventId}::uuid), 0) AS event,
                 coalesce((SELECT version FROM analytics_data_versions WHERE scope = ${SHARED_SCOPE}::uuid), 0) AS shared
         ) v
    LEFT JOIN analytics_cache c
      ON c.event_id = ${eventId}::uuid AND c.key = ${key} AND c.event_version = v.event AND c.shared_version = v.shared`;
  const versions: DataVersions = { event: row.event, shared: row.shared };
  return { versions, payload: row.payload };
}

import { db } from "../../db/client.ts";
import type { DataVersions } from "./find-cached.ts";

/** Keeps an answer under the versions read before computing it (nothing is kept for an event that is gone). */
export async function storeCached(eventId: string, key: string, versions: DataVersions, payload: string) {
  await db().$executeRaw`
    INSERT INTO analytics_cache (event_id, key, event_version, shared_version, payload)
    SELECT id, ${key}, ${versions.event}, ${versions.shared}, ${payload} FROM events WHERE id = ${eventId}::uuid
    ON CONFLICT (event_id, key) DO UPDATE
      SET event_version = excluded.event_version, shared_version = excluded.shared_version,
          payload = excluded.payload, computed_at = now()`;
}

import { Prisma } from "../db/generated/client.ts";
import type { CategoryKind } from "../db/generated/enums.ts";
import { versionInUseSql } from "./codebook-version-in-use.ts";
import type { TagInput } from "./tag-input.ts";

/** Whose codebook version a tag must use: a reviewer's version in use, or a given one (gold uses the article's). */
export type TagVersion = { reviewerId: string } | { versionId: string | null };

/** Everything a tag's check reads; a null field is a row that does not exist. */
export interface TagContext {
  article: { bodyText: string; eventId: string | null } | null;
  category: { code: string; kind: CategoryKind; label: string; attributes: unknown; versionId: string } | null;
  /** The version the tag must use: null when the reviewer has none (no published version of the codebook). */
  versionInUse: string | null;
  actorEventId: string | null;
  claimEventId: string | null;
}

interface Row {
  body_text: string | null;
  event_id: string | null;
  code: string | null;
  kind: CategoryKind | null;
  label: string | null;
  attributes: unknown;
  version_id: string | null;
  version_in_use: string | null;
  actor_event_id: string | null;
  claim_event_id: string | null;
}

const uuidOrNull = (id: string | null | undefined) => (id ? Prisma.sql`${id}::uuid` : Prisma.sql`NULL::uuid`);

/**
 * Reads the article, the category, the version the tag must use and the events of its actor and claim in one
 * round trip: a tag save waits for each of its round trips behind whatever else the process is doing.
 */
export async function readTagContext(
  tx: Prisma.TransactionClient,
  tag: TagInput,
  version: TagVersion,
): Promise<TagContext> {
  const inUse =
    "versionId" in version
      ? Prisma.sql`${version.versionId}::uuid`
      : versionInUseSql(tag.articleId, version.reviewerId, Prisma.sql`v.codebook_id`);
  const [row] = await tx.$queryRaw<Row[]>`
    SELECT a.body_text, a.event_id,
           c.code, c.kind::text AS kind, c.label, c.attributes, c.version_id,
           CASE WHEN c.id IS NULL THEN NULL ELSE ${inUse} END AS version_in_use,
           ea.event_id AS actor_event_id, ec.event_id AS claim_event_id
    FROM (SELECT 1) AS one
    LEFT JOIN articles a ON a.id = ${tag.articleId}::uuid
    LEFT JOIN codebook_categories c ON c.id = ${tag.categoryId}::uuid
    LEFT JOIN codebook_versions v ON v.id = c.version_id
    LEFT JOIN event_actors ea ON ea.id = ${uuidOrNull(tag.actorId)}
    LEFT JOIN event_claims ec ON ec.id = ${uuidOrNull(tag.claimId)}`;
  return {
    article: row.body_text === null ? null : { bodyText: row.body_text, eventId: row.event_id },
    category:
      row.code === null
        ? null
        : {
            code: row.code,
            kind: row.kind!,
            label: row.label!,
            attributes: row.attributes,
            versionId: row.version_id!,
          },
    versionInUse: row.version_in_use,
    actorEventId: row.actor_event_id,
    claimEventId: row.claim_event_id,
  };
}

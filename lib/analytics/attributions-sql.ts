import { Prisma } from "../db/generated/client.ts";

/**
 * `attributions`: the counted attribution tags with their attributes as columns, to follow `countedSql`.
 *
 * Version 2 keeps who speaks and how in the tag's attributes. Version 1 had a category per mode instead, so its
 * codes stand in for the missing `form` and `anonymous` (a partial quote quotes the speaker's words: direct).
 * `words` counts the quoted passage's whitespace-separated words; `verb` and `speaker_key` are case-folded
 * and trimmed so "Said" and "said " are one verb.
 */
export const attributionsSql = Prisma.sql`
  attributions AS (
    SELECT t.*,
      coalesce(t.attributes->>'form', CASE t.code
        WHEN 'attribution.direct_quote' THEN 'direct_quote'
        WHEN 'attribution.partial_quote' THEN 'direct_quote'
        WHEN 'attribution.paraphrase' THEN 'indirect'
        WHEN 'attribution.unattributed_claim' THEN 'unattributed'
      END) AS form,
      coalesce((t.attributes->>'anonymous')::boolean, t.code = 'attribution.anonymous_source') AS anonymous,
      nullif(btrim(t.attributes->>'speaker'), '') AS speaker,
      lower(nullif(btrim(t.attributes->>'speaker'), '')) AS speaker_key,
      t.attributes->>'speakerType' AS speaker_type,
      lower(nullif(btrim(t.attributes->>'verb'), '')) AS verb,
      t.attributes->>'verbClass' AS verb_class,
      coalesce(array_length(regexp_split_to_array(btrim(t.quoted_text), '[[:space:]]+'), 1), 0) AS words
    FROM counted_tags t
    WHERE t.kind = 'ATTRIBUTION'
  )`;

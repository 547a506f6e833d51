import { Prisma } from "../db/generated/client.ts";
import type { PassageSelector } from "./passage-selector.ts";

/**
 * The WHERE clause of a tag selector over `t`, a row of `attributions` for attribution selectors and of
 * `counted_tags` otherwise. Attribution fields apply to attributions only; "anonymous" means a sourced statement
 * whose speaker is withheld, as the anonymous share counts it.
 */
export function passageConditions(selector: PassageSelector): Prisma.Sql {
  const attribution = selector.kind === "ATTRIBUTION";
  const conditions = [
    Prisma.sql`t.kind::text = ${selector.kind}`,
    selector.code && Prisma.sql`t.code = ${selector.code}`,
    selector.actor === "none" && Prisma.sql`t.actor_id IS NULL`,
    selector.actor && selector.actor !== "none" && Prisma.sql`t.actor_id = ${selector.actor}::uuid`,
    selector.claim && Prisma.sql`t.claim_id = ${selector.claim}::uuid`,
    selector.name &&
      Prisma.sql`lower(regexp_replace(btrim(t.quoted_text), '[[:space:]]+', ' ', 'g')) = ${selector.name}`,
    selector.direction && Prisma.sql`coalesce(t.attributes->>'direction', 'unstated') = ${selector.direction}`,
    attribution && selector.speakerType === "none" && Prisma.sql`t.speaker_type IS NULL`,
    attribution &&
      selector.speakerType &&
      selector.speakerType !== "none" &&
      Prisma.sql`t.speaker_type = ${selector.speakerType}`,
    attribution && selector.speaker && Prisma.sql`t.speaker_key = ${selector.speaker}`,
    attribution && selector.form && Prisma.sql`t.form = ${selector.form}`,
    attribution && selector.anonymous && Prisma.sql`t.anonymous AND t.form <> 'unattributed'`,
    attribution && selector.verbClass && Prisma.sql`t.verb_class = ${selector.verbClass}`,
  ].filter((condition): condition is Prisma.Sql => Boolean(condition));
  return Prisma.join(conditions, " AND ");
}

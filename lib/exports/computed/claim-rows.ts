import { DEFAULT_FILTERS, type CompareFilters } from "../../analytics/filters.ts";
import { traceClaims } from "../../analytics/queries/trace-claims.ts";
import type { Column } from "../column.ts";
import type { Row, Table } from "./table.ts";

export const CLAIM_COLUMNS: Column[] = [
  { name: "claim_id", type: "uuid", description: "The event claim." },
  { name: "claim_label", type: "text", description: "The claim as the editors worded it." },
  { name: "outlet_id", type: "uuid", description: "The outlet." },
  { name: "outlet_name", type: "text", description: "The outlet's name." },
  {
    name: "status",
    type: "text",
    description:
      "carried (an attribution in a counted article links to the claim), omitted (none does), untagged (the outlet has no counted article).",
  },
  { name: "counted_articles", type: "integer", description: "The outlet's counted articles." },
  { name: "articles", type: "integer", description: "Counted articles that carry the claim." },
  {
    name: "tags",
    type: "number",
    description: "Weighted attribution tags linked to the claim (two reviewers' tags of one article weigh ½ each).",
  },
  {
    name: "form",
    type: "text",
    description:
      "One way it was carried: direct_quote, indirect or unattributed (one row per way; empty when not carried).",
  },
  { name: "speaker", type: "text", description: "That way's speaker, as written." },
  { name: "speaker_type", type: "text", description: "That way's speaker type." },
  { name: "actor_id", type: "uuid", description: "That way's actor." },
  { name: "in_lead", type: "boolean", description: "Whether that way is in the article's lead (first paragraph)." },
  { name: "verb", type: "text", description: "That way's reporting verb." },
  { name: "verb_class", type: "text", description: "neutral or evaluative." },
  { name: "way_tags", type: "number", description: "Weighted tags of that way." },
  { name: "way_articles", type: "integer", description: "Articles with that way." },
];

/** Every claim × outlet of the event with its carriage, one row per way it was carried (traceClaims). */
export async function claimRows(eventId: string, filters: CompareFilters = DEFAULT_FILTERS): Promise<Table> {
  const { claims, cells, scope } = await traceClaims(eventId, filters);
  const labels = new Map(claims.map((claim) => [claim.id, claim.label]));
  const outlets = new Map(scope.outlets.map((outlet) => [outlet.outletId, outlet.outletName]));
  const rows = cells.flatMap((cell): Row[] => {
    const base = {
      claim_id: cell.claimId,
      claim_label: labels.get(cell.claimId) ?? null,
      outlet_id: cell.outletId,
      outlet_name: outlets.get(cell.outletId) ?? null,
      status: cell.status,
      counted_articles: cell.countedArticles,
      articles: cell.articles,
      tags: cell.tags,
    };
    const none = { form: null, speaker: null, speaker_type: null, actor_id: null, in_lead: null, verb: null };
    if (cell.ways.length === 0) return [{ ...base, ...none, verb_class: null, way_tags: null, way_articles: null }];
    return cell.ways.map((way) => ({
      ...base,
      form: way.form,
      speaker: way.speaker,
      speaker_type: way.speakerType,
      actor_id: way.actorId,
      in_lead: way.inLead,
      verb: way.verb,
      verb_class: way.verbClass,
      way_tags: way.tags,
      way_articles: way.articles,
    }));
  });
  return { columns: CLAIM_COLUMNS, rows };
}

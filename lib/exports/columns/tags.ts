import type { Column } from "../column.ts";

const attribute = (key: string) => `t.attributes->>'${key}'`;

/** One row per tag (reviewer and gold layers), every attribute its kind carries in a column of its own. */
export const TAG_COLUMNS: Column[] = [
  { name: "tag_id", type: "uuid", sql: "t.id", description: "The tag's id." },
  { name: "article_id", type: "uuid", sql: "t.article_id", description: "The tagged article (see articles)." },
  { name: "event_id", type: "uuid", sql: "a.event_id", description: "The article's event." },
  { name: "outlet_id", type: "uuid", sql: "a.outlet_id", description: "The article's outlet." },
  { name: "outlet_name", type: "text", sql: "o.name", description: "The outlet's name." },
  {
    name: "layer",
    type: "text",
    fixed: true,
    sql: "t.layer::text",
    description: "REVIEWER (one reviewer's tag) or GOLD (the adjudicated tag).",
  },
  { name: "is_gold", type: "boolean", sql: "t.layer = 'GOLD'", description: "Whether the tag is adjudicated gold." },
  {
    name: "reviewer_id",
    type: "text",
    fixed: true,
    sql: "{reviewer}",
    description:
      "Who tagged (the adjudicator for gold): the user id, or with pseudonymise=1 an HMAC-SHA256 of it keyed by the app's secret (hex), the same for one person in every export.",
  },
  {
    name: "reviewer_submitted",
    type: "boolean",
    sql: "CASE WHEN t.layer = 'REVIEWER' THEN s.submitted_at IS NOT NULL END",
    description:
      "For a reviewer's tag, whether that reviewer has submitted the article (unsubmitted work may still change); empty for gold.",
  },
  {
    name: "category_code",
    type: "text",
    fixed: true,
    sql: "c.code",
    description: "The codebook category's stable code, e.g. frame.conflict or attribution.reported_speech.",
  },
  {
    name: "category_kind",
    type: "text",
    fixed: true,
    sql: "c.kind::text",
    description: "FRAME, ATTRIBUTION, SOURCE_TYPE, LOADED_LANGUAGE or NAMING.",
  },
  {
    name: "category_label",
    type: "text",
    sql: "c.label",
    description: "The category's label in the tag's codebook version.",
  },
  {
    name: "codebook_version",
    type: "integer",
    sql: "v.version",
    description: "The codebook version the tag was made under.",
  },
  {
    name: "start_offset",
    type: "integer",
    sql: "t.start_offset",
    description: "Start of the tagged passage in the article's body, in UTF-16 code units (JavaScript string indices).",
  },
  {
    name: "end_offset",
    type: "integer",
    sql: "t.end_offset",
    description: "End of the passage (exclusive), in UTF-16 code units.",
  },
  { name: "quoted_text", type: "text", sql: "t.quoted_text", description: "The passage's text as tagged." },
  {
    name: "actor_id",
    type: "uuid",
    sql: "t.actor_id",
    description: "The event actor the tag is about (speaker's side, actor named, or target).",
  },
  { name: "actor_name", type: "text", sql: "ac.name", description: "That actor's name." },
  { name: "claim_id", type: "uuid", sql: "t.claim_id", description: "The event claim an attribution carries." },
  { name: "claim_label", type: "text", sql: "cl.label", description: "That claim's label." },
  { name: "speaker", type: "text", sql: attribute("speaker"), description: "Attribution: who speaks, as written." },
  {
    name: "speaker_type",
    type: "text",
    fixed: true,
    sql: attribute("speakerType"),
    description: "Attribution: the speaker's type (government_official, company_business, …).",
  },
  {
    name: "form",
    type: "text",
    fixed: true,
    sql: attribute("form"),
    description: "Attribution: direct_quote, indirect or unattributed.",
  },
  {
    name: "anonymous",
    type: "boolean",
    sql: "(t.attributes->>'anonymous')::boolean",
    description: "Attribution: whether the speaker is withheld.",
  },
  { name: "verb", type: "text", sql: attribute("verb"), description: "Attribution: the reporting verb." },
  {
    name: "verb_class",
    type: "text",
    fixed: true,
    sql: attribute("verbClass"),
    description: "Attribution: neutral or evaluative.",
  },
  {
    name: "direction",
    type: "text",
    fixed: true,
    sql: attribute("direction"),
    description: "Loaded language: unfavourable or favourable.",
  },
  {
    name: "custom_attributes",
    type: "json",
    sql: "t.attributes->'custom'",
    description:
      "Category-specific attribute values (JSON object keyed by attribute code), if the category defines any.",
  },
  {
    name: "suggestion_rule",
    type: "text",
    sql: "t.suggestion_rule",
    description: "The suggestion rule the reviewer accepted to make the tag; empty when tagged by hand.",
  },
  { name: "created_at", type: "timestamp", sql: "t.created_at", description: "When the tag was made (UTC)." },
  { name: "updated_at", type: "timestamp", sql: "t.updated_at", description: "When the tag last changed (UTC)." },
];

export const TAG_FROM = `FROM annotations t
  JOIN articles a ON a.id = t.article_id
  JOIN outlets o ON o.id = a.outlet_id
  JOIN codebook_categories c ON c.id = t.category_id
  JOIN codebook_versions v ON v.id = c.version_id
  LEFT JOIN event_actors ac ON ac.id = t.actor_id
  LEFT JOIN event_claims cl ON cl.id = t.claim_id
  LEFT JOIN assignments s ON s.article_id = t.article_id AND s.reviewer_id = t.reviewer_id`;
export const TAG_ORDER = "ORDER BY t.article_id, t.start_offset, t.id";

import type { Column } from "../column.ts";

/** One row per article form: a reviewer's (or the gold) primary and headline frame of an article. */
export const FORM_COLUMNS: Column[] = [
  { name: "form_id", type: "uuid", sql: "f.id", description: "The form's id; tones refer to it." },
  { name: "article_id", type: "uuid", sql: "f.article_id", description: "The article (see articles)." },
  { name: "event_id", type: "uuid", sql: "a.event_id", description: "The article's event." },
  { name: "outlet_id", type: "uuid", sql: "a.outlet_id", description: "The article's outlet." },
  { name: "outlet_name", type: "text", sql: "o.name", description: "The outlet's name." },
  { name: "layer", type: "text", fixed: true, sql: "f.layer::text", description: "REVIEWER or GOLD." },
  { name: "is_gold", type: "boolean", sql: "f.layer = 'GOLD'", description: "Whether the form is adjudicated gold." },
  {
    name: "reviewer_id",
    type: "text",
    fixed: true,
    sql: "{reviewer}",
    description: "Who filled it in: user id, or its pseudonym with pseudonymise=1 (as in tags).",
  },
  {
    name: "codebook_version",
    type: "integer",
    sql: "v.version",
    description: "The codebook version the form was filled in under.",
  },
  {
    name: "primary_frame_code",
    type: "text",
    fixed: true,
    sql: "pf.code",
    description: "The article's primary frame (category code); empty when not set.",
  },
  { name: "primary_frame_label", type: "text", sql: "pf.label", description: "That frame's label." },
  {
    name: "headline_frame_code",
    type: "text",
    fixed: true,
    sql: "hf.code",
    description: "The headline's frame (category code); empty when not set.",
  },
  { name: "headline_frame_label", type: "text", sql: "hf.label", description: "That frame's label." },
  { name: "updated_at", type: "timestamp", sql: "f.updated_at", description: "When the form last changed (UTC)." },
];

export const FORM_FROM = `FROM article_forms f
  JOIN articles a ON a.id = f.article_id
  JOIN outlets o ON o.id = a.outlet_id
  JOIN codebook_versions v ON v.id = f.version_id
  LEFT JOIN codebook_categories pf ON pf.id = f.primary_frame_id
  LEFT JOIN codebook_categories hf ON hf.id = f.headline_frame_id`;
export const FORM_ORDER = "ORDER BY f.article_id, f.layer, f.id";

import type { Column } from "../column.ts";

/** One row per tone: an article form's rating of the article's tone toward one actor. */
export const TONE_COLUMNS: Column[] = [
  { name: "form_id", type: "uuid", sql: "f.id", description: "The article form the tone belongs to (see forms)." },
  { name: "article_id", type: "uuid", sql: "f.article_id", description: "The article." },
  { name: "outlet_id", type: "uuid", sql: "a.outlet_id", description: "The article's outlet." },
  { name: "outlet_name", type: "text", sql: "o.name", description: "The outlet's name." },
  { name: "layer", type: "text", fixed: true, sql: "f.layer::text", description: "REVIEWER or GOLD." },
  { name: "is_gold", type: "boolean", sql: "f.layer = 'GOLD'", description: "Whether the tone is adjudicated gold." },
  {
    name: "reviewer_id",
    type: "text",
    fixed: true,
    sql: "{reviewer}",
    description: "Who rated it: user id, or its pseudonym with pseudonymise=1 (as in tags).",
  },
  { name: "actor_id", type: "uuid", sql: "n.actor_id", description: "The event actor the tone is toward." },
  { name: "actor_name", type: "text", sql: "ac.name", description: "That actor's name." },
  {
    name: "tone",
    type: "integer",
    sql: "n.tone",
    description: "From −2 (hostile) through 0 (neutral) to +2 (favourable).",
  },
];

export const TONE_FROM = `FROM article_tones n
  JOIN article_forms f ON f.id = n.form_id
  JOIN articles a ON a.id = f.article_id
  JOIN outlets o ON o.id = a.outlet_id
  JOIN event_actors ac ON ac.id = n.actor_id`;
export const TONE_ORDER = "ORDER BY f.article_id, f.layer, f.id, ac.position, n.actor_id";

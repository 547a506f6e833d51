import type { Column } from "../column.ts";

/** One row per article of the scope, with how far its review has come. */
export const ARTICLE_COLUMNS: Column[] = [
  {
    name: "article_id",
    type: "uuid",
    sql: "a.id",
    description: "The article's id; tags, forms and tones refer to it.",
  },
  { name: "event_id", type: "uuid", sql: "a.event_id", description: "The event the article is filed under." },
  { name: "event_title", type: "text", sql: "e.title", description: "The event's title." },
  { name: "outlet_id", type: "uuid", sql: "a.outlet_id", description: "The outlet that published the article." },
  { name: "outlet_name", type: "text", sql: "o.name", description: "The outlet's name." },
  { name: "title", type: "text", sql: "a.title", description: "The article's headline as imported." },
  { name: "byline", type: "text", sql: "a.byline", description: "The byline, if the source gave one." },
  {
    name: "published_at",
    type: "timestamp",
    sql: "a.published_at",
    description: "Publication time (UTC, ISO 8601); empty when unknown.",
  },
  { name: "canonical_url", type: "text", sql: "a.canonical_url", description: "The article's canonical address." },
  { name: "language", type: "text", sql: "a.language", description: "Detected language (ISO 639-3), if any." },
  { name: "word_count", type: "integer", sql: "a.word_count", description: "Words in the stored body text." },
  {
    name: "syndicated_from_id",
    type: "uuid",
    sql: "a.syndicated_from_id",
    description: "The earlier copy of the same story by another outlet, if the article is a syndicated copy.",
  },
  {
    name: "assigned_reviewers",
    type: "integer",
    sql: "(SELECT count(*) FROM assignments s WHERE s.article_id = a.id)",
    description: "Reviewers the article is assigned to.",
  },
  {
    name: "submitted_reviewers",
    type: "integer",
    sql: "(SELECT count(*) FROM assignments s WHERE s.article_id = a.id AND s.submitted_at IS NOT NULL)",
    description: "Reviewers who submitted their tags of the article.",
  },
  {
    name: "adjudicated",
    type: "boolean",
    sql: "EXISTS (SELECT 1 FROM adjudications g WHERE g.article_id = a.id AND g.completed_at IS NOT NULL)",
    description: "Whether an adjudicator completed its gold tags.",
  },
];

export const ARTICLE_FROM = `FROM articles a JOIN events e ON e.id = a.event_id JOIN outlets o ON o.id = a.outlet_id`;
export const ARTICLE_ORDER = "ORDER BY e.title, o.name, a.published_at, a.id";

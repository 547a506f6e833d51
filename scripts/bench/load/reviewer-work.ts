import { newTag } from "../../../components/tagging/new-tag.ts";
import type { CategoryInUse, TagFields, WorkspaceTag } from "../../../components/tagging/types.ts";
import type { TextSpan } from "../../../lib/annotations/text/span.ts";

// What the benchmark's reviewers tag: kinds whose new tags need no actor (a naming tag needs one named in the span).
const TAGGED_KINDS = new Set(["FRAME", "ATTRIBUTION", "LOADED_LANGUAGE"]);

export interface ReviewerArticle {
  id: string;
  body: string;
  /** Where this reviewer's new tags go, in reading order: distinct words, so no two of their tags overlap. */
  spans: TextSpan[];
}

export interface SavedTag {
  articleId: string;
  tag: WorkspaceTag;
}

/**
 * One simulated reviewer: their session, the articles in their queue, the next place they tag, and their saved
 * tags that no request is changing right now (a tag is taken out while an edit or delete of it is in flight, so
 * the reviewer never sends a stale revision, as one workspace never does).
 */
export class Reviewer {
  cookie = "";
  private article = 0;
  private span = 0;
  private made = 0;
  private readonly idle: SavedTag[] = [];

  constructor(
    readonly id: string,
    readonly email: string,
    readonly articles: ReviewerArticle[],
    private readonly categories: CategoryInUse[],
  ) {}

  /** The next tag the reviewer makes, as the workspace builds it from a selection and a category key. */
  nextTag(): { articleId: string; fields: TagFields } {
    while (this.article < this.articles.length && this.span >= this.articles[this.article].spans.length) {
      this.article += 1;
      this.span = 0;
    }
    const article = this.articles[this.article];
    if (!article) throw new Error(`${this.email} has tagged every planned word: plan more articles or a shorter run.`);
    const taggable = this.categories.filter((category) => TAGGED_KINDS.has(category.kind));
    const category = taggable[(this.made * 5) % taggable.length];
    const fields = newTag(article.body, article.spans[this.span], category, []);
    if ("error" in fields) throw new Error(fields.error);
    this.span += 1;
    this.made += 1;
    return { articleId: article.id, fields };
  }

  keep(saved: SavedTag): void {
    this.idle.push(saved);
  }

  hasIdleTag(): boolean {
    return this.idle.length > 0;
  }

  /** The reviewer's longest-idle saved tag, taken out until `keep` gives it back. */
  takeTag(): SavedTag | null {
    return this.idle.shift() ?? null;
  }
}

/**
 * An edit a reviewer makes in the attribute panel: another frame, the other direction, a speaker and verb given
 * (or cleared again). The workspace sends the whole tag with the change.
 */
export function editedFields(tag: WorkspaceTag, categories: CategoryInUse[]): TagFields {
  const { id: _id, revision: _revision, mine: _mine, ...fields } = tag;
  if (tag.kind === "LOADED_LANGUAGE") {
    const direction = tag.attributes.direction === "favourable" ? "unfavourable" : "favourable";
    return { ...fields, attributes: { ...tag.attributes, direction } };
  }
  if (tag.kind === "ATTRIBUTION") {
    const given = Boolean(tag.attributes.speaker);
    const speaker = given ? { speaker: null, verb: null } : { speaker: "A port spokesperson", verb: "said" };
    return { ...fields, attributes: { ...tag.attributes, ...speaker } };
  }
  const frames = categories.filter((category) => category.kind === tag.kind);
  const next = frames[(frames.findIndex((category) => category.id === tag.categoryId) + 1) % frames.length];
  return { ...fields, categoryId: next.id, label: next.label };
}

import type { CodebookDraft } from "@/lib/codebook/queries/load-codebook-draft";

/** What the publish action hands back when it refuses; on success it redirects instead. */
export interface PublishState {
  error?: string;
  /** By path into the input that was sent ("categories.3.label"). */
  fieldErrors?: Record<string, string[]>;
  /** Someone published meanwhile: the newer version, to move the admin's edits onto. */
  newer?: CodebookDraft;
}

export type PublishAction = (input: unknown) => Promise<PublishState>;

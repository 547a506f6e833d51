"use client";

import type { CodebookDraft } from "@/lib/codebook/queries/load-codebook-draft";
import { DraftErrorsNote, DraftField } from "./draft-field";
import { EditorContext } from "./editor-context";
import { KindSection } from "./kind-section";
import type { PublishAction } from "./publish-state";
import { ReviewPanel } from "./review-panel";
import { useCodebookEditor } from "./use-codebook-editor";
import styles from "./codebook.module.css";

interface CodebookEditorProps {
  codebook: CodebookDraft;
  publish: PublishAction;
}

/** The next version of the codebook as the admin shapes it, reviewed as a diff and then published at once. */
export function CodebookEditor({ codebook, publish }: CodebookEditorProps) {
  const editor = useCodebookEditor(codebook, publish);
  const { draft, review } = editor;
  const nextVersion = draft.basedOnVersion + 1;
  return (
    <section className="card" aria-labelledby="editor-heading">
      <h2 id="editor-heading">Edit the next version</h2>
      <p className="muted small">
        Changes stay here until you publish them as version {nextVersion}; reviewers see nothing before. Codes stay as
        they are, so tags of every version can be compared.
      </p>
      <EditorContext value={editor.context}>
        <fieldset className={styles.editor} disabled={!editor.ready || editor.pending}>
          {draft.kinds.map((kind) => (
            <KindSection key={kind} kind={kind} draft={draft} />
          ))}
          <DraftField
            label={`Notes for version ${nextVersion}`}
            hint="Why these changes: shown in the version history."
            rows={3}
            value={draft.notes}
            onChange={(notes) => editor.context.dispatch({ type: "notes", notes })}
            errors={editor.context.errors.notes}
          />
          <DraftErrorsNote
            errors={[...(editor.context.errors.categories ?? []), ...(editor.context.errors.form ?? [])]}
          />
          {editor.rebased && (
            <p className={`form-error ${styles.rebased}`} data-testid="rebased-notice" role="status">
              {editor.rebased}
            </p>
          )}
          {editor.message && (
            <p className="form-error" data-testid="form-error" role="status">
              {editor.message}
            </p>
          )}
          {review ? (
            <ReviewPanel
              diff={review.diff}
              nextVersion={nextVersion}
              pending={editor.pending}
              onPublish={editor.publishReviewed}
              onBack={() => editor.setReview(null)}
            />
          ) : (
            <button type="button" className={styles.reviewButton} onClick={editor.startReview}>
              Review changes
            </button>
          )}
        </fieldset>
        <p role="status" className={styles.srOnly}>
          {editor.announcement && <span key={editor.announcement.key}>{editor.announcement.text}</span>}
        </p>
      </EditorContext>
    </section>
  );
}

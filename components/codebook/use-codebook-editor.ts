import { useCallback, useEffect, useMemo, useReducer, useState, useSyncExternalStore, useTransition } from "react";
import { diffCodebook, isEmptyDiff, type CodebookDiff } from "@/lib/codebook/diff-codebook";
import { fieldErrorsByPath } from "@/lib/codebook/field-errors";
import { publishInputSchema, type PublishInput } from "@/lib/codebook/publish-input";
import type { CodebookDraft } from "@/lib/codebook/queries/load-codebook-draft";
import { useAnnouncer } from "../tagging/use-announcer";
import { draftFrom, publishInputOf } from "./draft";
import { keyedErrors, type DraftErrors } from "./draft-errors";
import { draftReducer, type DraftAction } from "./draft-reducer";
import type { EditorContextValue } from "./editor-context";
import type { PublishAction } from "./publish-state";

const noSubscription = () => () => {};
const INVALID = "Some fields need attention: they are marked in red.";

/**
 * The editor's state: the draft (kept through every refusal), field errors by item, the reviewed diff that the
 * publish button sends, and the publish round trip. Success redirects; a stale refusal moves the draft onto
 * the newer version and asks for another review.
 */
export function useCodebookEditor(codebook: CodebookDraft, publish: PublishAction) {
  const [draft, apply] = useReducer(draftReducer, codebook, draftFrom);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  // Stays up until the publish succeeds: the next review compares with a version someone else published.
  const [rebased, setRebased] = useState<string | null>(null);
  const [review, setReview] = useState<{ input: PublishInput; diff: CodebookDiff } | null>(null);
  const [pending, startTransition] = useTransition();
  const { message: announcement, announce } = useAnnouncer();
  // Controls stay disabled until hydrated: a click before then would do nothing.
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  // The first field to fix may be far up the list (its row opens because of the error): take the admin there.
  useEffect(() => {
    if (Object.keys(errors).length > 0) document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  // Any edit after a review makes it stale: the admin publishes only what they last reviewed.
  const dispatch = useCallback((action: DraftAction) => {
    apply(action);
    setReview(null);
  }, []);

  const startReview = () => {
    const parsed = publishInputSchema.safeParse(publishInputOf(draft));
    if (!parsed.success) {
      setErrors(keyedErrors(draft, fieldErrorsByPath(parsed.error)));
      return setMessage(INVALID);
    }
    setErrors({});
    const diff = diffCodebook(draft.base, parsed.data.categories, new Set(draft.retiredCodes));
    if (isEmptyDiff(diff)) return setMessage(`Nothing differs from version ${draft.basedOnVersion} yet.`);
    setMessage(null);
    setReview({ input: parsed.data, diff });
  };

  const publishReviewed = () => {
    if (!review) return;
    const sent = draft;
    startTransition(async () => {
      const refusal = await publish(review.input);
      setReview(null);
      if (refusal.newer) {
        apply({ type: "rebase", newer: refusal.newer });
        setErrors({});
        setMessage(null);
        return setRebased(
          `${refusal.error} Your edits are kept and now compared with version ${refusal.newer.version}: review them again, so you do not undo its changes.`,
        );
      }
      setErrors(keyedErrors(sent, refusal.fieldErrors ?? {}));
      setMessage(refusal.error ?? null);
    });
  };

  const context: EditorContextValue = useMemo(() => ({ dispatch, errors, announce }), [dispatch, errors, announce]);
  return {
    draft,
    context,
    message,
    rebased,
    review,
    pending,
    ready,
    announcement,
    startReview,
    publishReviewed,
    setReview,
  };
}

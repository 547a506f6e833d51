import { useRef, useState } from "react";
import type { ArticleFormActions, ArticleFormFields, OwnArticleForm } from "./types";
import { untracked, type Track } from "./use-connection";
import { useSerialQueue } from "./use-serial-queue";

export type SaveStatus =
  { state: "unsaved" } | { state: "saving" } | { state: "saved" } | { state: "refused"; message: string };

const EMPTY: ArticleFormFields = { primaryFrameId: null, headlineFrameId: null, tones: [] };
const fieldsOf = (form: OwnArticleForm | null): ArticleFormFields =>
  form ? { primaryFrameId: form.primaryFrameId, headlineFrameId: form.headlineFrameId, tones: form.tones } : EMPTY;

/**
 * The reviewer's article-level form, saved on every change. Saves run one at a time, each naming the
 * revision the last one came back with, and send the form as shown (so quick changes all count). A refused
 * save (a stale tab, a submitted article) shows the form as stored again, with the reason; changes queued
 * behind it are dropped rather than written over the reloaded form.
 */
export function useArticleForm(
  articleId: string,
  initial: OwnArticleForm | null,
  actions: ArticleFormActions,
  track: Track = untracked,
) {
  const stored = useRef(initial);
  const shown = useRef(fieldsOf(initial));
  const [fields, setFields] = useState(shown.current);
  const [status, setStatus] = useState<SaveStatus>({ state: initial ? "saved" : "unsaved" });
  const waiting = useRef(0);
  const generation = useRef(0);
  const serially = useSerialQueue();

  const show = (next: ArticleFormFields) => {
    shown.current = next;
    setFields(next);
  };

  async function save(): Promise<{ stored?: OwnArticleForm | null; refused?: string }> {
    const input = { articleId, ...shown.current, revision: stored.current?.revision ?? null };
    try {
      const result = await actions.saveArticleForm(input);
      if (result.ok) return { stored: result.value };
      return { refused: result.error, stored: await actions.reloadArticleForm(articleId) };
    } catch {
      return { refused: "The form could not be saved: the connection may be down. Your last change is undone." };
    }
  }

  function change(changes: Partial<ArticleFormFields>) {
    show({ ...shown.current, ...changes });
    setStatus({ state: "saving" });
    waiting.current += 1;
    const mine = generation.current;
    void track(() =>
      serially(async () => {
        const outcome = mine === generation.current ? await save() : null;
        waiting.current -= 1;
        if (!outcome) return;
        if ("stored" in outcome) stored.current = outcome.stored ?? null;
        if (outcome.refused !== undefined) {
          generation.current += 1;
          show(fieldsOf(stored.current));
          setStatus({ state: "refused", message: outcome.refused });
        } else if (waiting.current === 0) setStatus({ state: "saved" });
      }),
    );
  }

  function setTone(actorId: string, tone: number | null) {
    const others = shown.current.tones.filter((rated) => rated.actorId !== actorId);
    change({ tones: tone === null ? others : [...others, { actorId, tone }] });
  }

  return { fields, status, change, setTone };
}

"use client";

import Link from "next/link";
import { useActionState, useState, type ReactNode } from "react";
import { plural } from "@/lib/format";
import type { FormState } from "@/lib/forms";
import { FieldError, FormError } from "../ui/field-error";
import { ArticleSelectionProvider, useArticleSelection } from "./article-selection";
import styles from "./move-articles-form.module.css";

export interface MoveState extends FormState {
  moved?: { count: number; eventId: string; eventTitle: string };
}

type MoveAction = (state: MoveState, form: FormData) => Promise<MoveState>;

interface EventChoice {
  id: string;
  title: string;
}

/** Wraps the event's article list: tick articles, choose another event, move them there. */
export function MoveArticlesForm(props: { move: MoveAction; events: EventChoice[]; children: ReactNode }) {
  return (
    <ArticleSelectionProvider>
      <MoveForm {...props} />
    </ArticleSelectionProvider>
  );
}

function MoveForm({ move, events, children }: { move: MoveAction; events: EventChoice[]; children: ReactNode }) {
  const { selected, clear } = useArticleSelection();
  const [targetEventId, setTargetEventId] = useState("");
  const [state, action, pending] = useActionState(async (previous: MoveState, form: FormData) => {
    const next = await move(previous, form);
    if (next.moved) clear();
    return next;
  }, {});
  return (
    <form action={action} aria-label="Move articles">
      {children}
      <div className={styles.bar}>
        <label className={styles.target}>
          Move the ticked articles to
          <select name="targetEventId" value={targetEventId} onChange={(e) => setTargetEventId(e.target.value)}>
            <option value="">Choose an event…</option>
            {events.map((event) => (
              <option key={event.id} value={event.id}>
                {event.title}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={pending}>
          {pending ? "Moving…" : selected.size ? `Move ${plural(selected.size, "article")}` : "Move articles"}
        </button>
        <div className={styles.messages} aria-live="polite">
          <FieldError state={state} field="articleIds" />
          <FieldError state={state} field="targetEventId" />
          <FormError state={state} />
          {state.moved && (
            <p role="status" data-testid="move-outcome">
              Moved {plural(state.moved.count, "article")} to{" "}
              <Link href={`/events/${state.moved.eventId}`}>
                <bdi>{state.moved.eventTitle}</bdi>
              </Link>
              .
            </p>
          )}
        </div>
      </div>
    </form>
  );
}

"use client";

import { useActionState, useState } from "react";
import type { FormState } from "@/lib/forms";
import { FieldError, FormError } from "../ui/field-error";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

interface EventOption {
  id: string;
  title: string;
}

export function ConfirmImportForm(props: {
  confirm: Action;
  suggestions: (EventOption & { articles: number })[];
  events: EventOption[];
  newRows: number;
  /** Why nothing can be saved yet, when newRows is 0. */
  nothingToSave?: string;
  defaultTitle: string;
}) {
  const [state, action, pending] = useActionState(props.confirm, {});
  const [mode, setMode] = useState<"existing" | "new">(props.suggestions.length ? "existing" : "new");
  const [eventId, setEventId] = useState(props.suggestions[0]?.id ?? "");
  return (
    <form action={action} className="card form" aria-label="Confirm import">
      <h2>Attach to an event and save</h2>
      <fieldset className="choices">
        <legend>Event</legend>
        {props.suggestions.map((event) => (
          <label key={event.id} className="checkbox">
            <input
              type="radio"
              name="pick"
              checked={mode === "existing" && eventId === event.id}
              onChange={() => (setMode("existing"), setEventId(event.id))}
            />
            {event.title} <span className="muted small">suggested · {event.articles} articles</span>
          </label>
        ))}
        <label className="checkbox">
          <input
            type="radio"
            name="pick"
            checked={mode === "existing" && !props.suggestions.some((s) => s.id === eventId)}
            onChange={() => (setMode("existing"), setEventId(""))}
          />
          Another event:
          <select
            aria-label="Another event"
            value={eventId}
            onChange={(e) => (setMode("existing"), setEventId(e.target.value))}
          >
            <option value="">Choose…</option>
            {props.events.map((event) => (
              <option key={event.id} value={event.id}>
                {event.title}
              </option>
            ))}
          </select>
        </label>
        <label className="checkbox">
          <input type="radio" name="pick" checked={mode === "new"} onChange={() => setMode("new")} />
          A new event:
          <input
            name="newEventTitle"
            aria-label="New event title"
            defaultValue={props.defaultTitle}
            onFocus={() => setMode("new")}
          />
        </label>
      </fieldset>
      {mode === "existing" && <input type="hidden" name="eventId" value={eventId} />}
      <FieldError state={state} field="eventId" />
      <FieldError state={state} field="newEventTitle" />
      <FormError state={state} />
      {props.newRows === 0 && props.nothingToSave && <p className="muted">{props.nothingToSave}</p>}
      <button type="submit" disabled={pending || props.newRows === 0}>
        {pending ? "Saving…" : `Save ${props.newRows} new article${props.newRows === 1 ? "" : "s"}`}
      </button>
    </form>
  );
}

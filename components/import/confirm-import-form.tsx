"use client";

import { useActionState, useState } from "react";
import type { EventSuggestion } from "@/lib/events/suggest-events";
import { fieldValue, type FormState } from "@/lib/forms";
import { plural } from "@/lib/format";
import { FieldError, FormError } from "../ui/field-error";
import { SuggestionReason } from "./suggestion-reason";
import styles from "./import.module.css";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

interface EventOption {
  id: string;
  title: string;
}

export function ConfirmImportForm(props: {
  confirm: Action;
  /** Rows that name no event of their own; the event chosen here is theirs. */
  rowsWithoutEvent: number;
  suggestions: EventSuggestion[];
  events: EventOption[];
  newRows: number;
  /** Why the batch cannot be saved yet, if it cannot. */
  blocked: string | null;
  defaultTitle: string;
}) {
  const [state, action, pending] = useActionState(props.confirm, {});
  const preselected = props.suggestions.find((suggestion) => suggestion.relevant)?.id ?? "";
  const [mode, setMode] = useState(fieldValue(state, "eventMode", preselected ? "existing" : ""));
  const [eventId, setEventId] = useState(fieldValue(state, "eventId", preselected));
  const suggested = new Set(props.suggestions.map((suggestion) => suggestion.id));
  return (
    <form action={action} className="card form" aria-label="Confirm import">
      <h2>{props.rowsWithoutEvent > 0 ? "Attach to an event and save" : "Save"}</h2>
      {props.rowsWithoutEvent > 0 ? (
        <fieldset className="choices">
          <legend>
            Event for {plural(props.rowsWithoutEvent, "row")} that {props.rowsWithoutEvent === 1 ? "names" : "name"}{" "}
            none
          </legend>
          {props.suggestions.map((event) => (
            <label key={event.id} className={`checkbox ${styles.choice}`}>
              <input
                type="radio"
                name="pick"
                checked={mode === "existing" && eventId === event.id}
                onChange={() => (setMode("existing"), setEventId(event.id))}
              />
              <span>
                <bdi>{event.title}</bdi> <SuggestionReason suggestion={event} />
              </span>
            </label>
          ))}
          <label className={`checkbox ${styles.choice}`}>
            <input
              type="radio"
              name="pick"
              checked={mode === "existing" && !suggested.has(eventId)}
              onChange={() => (setMode("existing"), setEventId(""))}
            />
            <span className={styles.inline}>
              {props.suggestions.length ? "Another event:" : "An existing event:"}
              <select
                aria-label="Another event"
                value={suggested.has(eventId) ? "" : eventId}
                onChange={(e) => (setMode("existing"), setEventId(e.target.value))}
              >
                <option value="">Choose…</option>
                {props.events
                  .filter((event) => !suggested.has(event.id))
                  .map((event) => (
                    <option key={event.id} value={event.id}>
                      {event.title}
                    </option>
                  ))}
              </select>
            </span>
          </label>
          <label className={`checkbox ${styles.choice}`}>
            <input type="radio" name="pick" checked={mode === "new"} onChange={() => setMode("new")} />
            <span className={styles.inline}>
              A new event:
              <input
                name="newEventTitle"
                aria-label="New event title"
                defaultValue={fieldValue(state, "newEventTitle", props.defaultTitle)}
                onFocus={() => setMode("new")}
              />
            </span>
          </label>
          {mode && <input type="hidden" name="eventMode" value={mode} />}
          {mode === "existing" && <input type="hidden" name="eventId" value={eventId} />}
        </fieldset>
      ) : (
        <p className="muted">Every row names its event, so there is no event to choose.</p>
      )}
      <FieldError state={state} field="eventId" />
      <FieldError state={state} field="newEventTitle" />
      <FormError state={state} />
      {props.blocked && <p className="muted">{props.blocked}</p>}
      <button type="submit" disabled={pending || props.blocked !== null}>
        {pending ? "Saving…" : `Save ${plural(props.newRows, "new article")}`}
      </button>
    </form>
  );
}

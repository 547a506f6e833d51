"use client";

import { useActionState, useState } from "react";
import { fieldValue, type FormState } from "@/lib/forms";
import { FieldError, FormError } from "../ui/field-error";
import { TextField } from "../ui/text-field";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

const TABS = [
  { id: "paste", label: "Paste text" },
  { id: "url", label: "Web page" },
  { id: "file", label: "Upload file" },
  { id: "feed-url", label: "Feed" },
] as const;

export function ImportSourceForms({ stage, limits }: { stage: Action; limits: { fileMegabytes: number } }) {
  const [tab, setTab] = useState<(typeof TABS)[number]["id"]>("paste");
  const [state, action, pending] = useActionState(stage, {});
  return (
    <section className="card">
      <div role="tablist" aria-label="Import from" className="tabs">
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            role="tab"
            type="button"
            aria-selected={tab === id}
            onClick={() => setTab(id)}
            className="tab"
          >
            {label}
          </button>
        ))}
      </div>
      <form action={action} className="form" aria-label="Import source">
        <input type="hidden" name="source" value={tab} />
        {tab === "paste" && (
          <label>
            Article text
            <span className="muted small">
              Title on the first line, then a byline such as “By Jane Doe // 2024-06-05”, then the body.
            </span>
            <textarea
              name="text"
              rows={14}
              required
              aria-describedby="text-error"
              defaultValue={fieldValue(state, "text")}
            />
            <FieldError state={state} field="text" />
          </label>
        )}
        {(tab === "url" || tab === "feed-url") && (
          <TextField
            label={tab === "url" ? "Address of the article" : "Address of the RSS or Atom feed"}
            name="url"
            type="url"
            required
            placeholder="https://"
            state={state}
          />
        )}
        {tab === "feed-url" && (
          <label className="checkbox">
            <input type="checkbox" name="fetchFullPages" /> Fetch each article’s full page when the feed carries only a
            summary
          </label>
        )}
        {tab === "file" && (
          <label>
            File
            <span className="muted small">
              CSV, JSON, NDJSON, RSS/Atom or a saved web page (.html), up to {limits.fileMegabytes} MB.{" "}
              <a href="/import/template.csv" download>
                Download the CSV template
              </a>
              .
            </span>
            <input
              name="file"
              type="file"
              required
              accept=".csv,.tsv,.json,.ndjson,.jsonl,.xml,.rss,.atom,.html,.htm,.txt"
            />
            <FieldError state={state} field="file" />
          </label>
        )}
        <FormError state={state} />
        <button type="submit" disabled={pending}>
          {pending ? "Reading…" : "Preview import"}
        </button>
      </form>
    </section>
  );
}

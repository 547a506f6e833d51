"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms";
import { FormError } from "../ui/field-error";
import { TextField } from "../ui/text-field";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export interface EditableArticle {
  row: number;
  title: string;
  byline: string | null;
  publishedAt: string | null; // YYYY-MM-DD
  outlet: string | null;
  url: string | null;
}

/** Lets the reviewer confirm or correct what the importer recognized before anything is saved. */
export function StagedRowEditor({ article, save }: { article: EditableArticle; save: Action }) {
  const [state, action, pending] = useActionState(save, {});
  return (
    <form action={action} className="card form grid-2" aria-label="Recognized details">
      <h2 className="span-2">Recognized details</h2>
      <input type="hidden" name="row" value={article.row} />
      <TextField className="span-2" label="Title" name="title" defaultValue={article.title} required state={state} />
      <TextField label="Author" name="byline" defaultValue={article.byline ?? ""} state={state} />
      <TextField
        label="Published"
        name="publishedAt"
        type="date"
        defaultValue={article.publishedAt ?? ""}
        state={state}
      />
      <TextField
        label="Outlet"
        name="outlet"
        defaultValue={article.outlet ?? ""}
        placeholder="e.g. Harbor Wire"
        state={state}
      />
      <TextField
        label="Address (URL)"
        name="url"
        type="url"
        defaultValue={article.url ?? ""}
        placeholder="https://"
        state={state}
      />
      <FormError state={state} />
      <button type="submit" disabled={pending} className="secondary">
        {pending ? "Updating…" : "Update details"}
      </button>
    </form>
  );
}

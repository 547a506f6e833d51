"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/forms";
import { FieldError, FormError } from "../ui/field-error";

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
      <label className="span-2">
        Title
        <input name="title" defaultValue={article.title} required />
        <FieldError state={state} field="title" />
      </label>
      <label>
        Author
        <input name="byline" defaultValue={article.byline ?? ""} />
      </label>
      <label>
        Published
        <input name="publishedAt" type="date" defaultValue={article.publishedAt ?? ""} />
        <FieldError state={state} field="publishedAt" />
      </label>
      <label>
        Outlet
        <input name="outlet" defaultValue={article.outlet ?? ""} placeholder="e.g. Harbor Wire" />
        <FieldError state={state} field="outlet" />
      </label>
      <label>
        Address (URL)
        <input name="url" type="url" defaultValue={article.url ?? ""} placeholder="https://" />
        <FieldError state={state} field="url" />
      </label>
      <FormError state={state} />
      <button type="submit" disabled={pending} className="secondary">
        {pending ? "Updating…" : "Update details"}
      </button>
    </form>
  );
}

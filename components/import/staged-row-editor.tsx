"use client";

import { useActionState } from "react";
import { fieldValue, type FormState } from "@/lib/forms";
import type { OutletChoice } from "@/lib/outlets/list-outlet-choices";
import { FormError } from "../ui/field-error";
import { TextField } from "../ui/text-field";
import { OutletCombobox } from "./outlet-combobox";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export interface EditableArticle {
  row: number;
  title: string;
  byline: string | null;
  publishedAt: string | null; // as the rest of the page writes dates: "5 Jun 2024"
  outlet: string | null;
  /** The outlet is one the reviewer already chose to create. */
  outletIsNew: boolean;
  url: string | null;
}

/** Lets the reviewer confirm or correct what the importer recognized before anything is saved. */
export function StagedRowEditor(props: { article: EditableArticle; outlets: OutletChoice[]; save: Action }) {
  const { article } = props;
  const [state, action, pending] = useActionState(props.save, {});
  return (
    <form action={action} className="card form grid-2" aria-label="Recognized details">
      <h2 className="span-2">Recognized details</h2>
      <input type="hidden" name="row" value={article.row} />
      <TextField className="span-2" label="Title" name="title" defaultValue={article.title} required state={state} />
      <TextField label="Author" name="byline" defaultValue={article.byline} state={state} />
      <TextField
        label="Published"
        name="publishedAt"
        defaultValue={article.publishedAt}
        placeholder="e.g. 5 Jun 2024"
        hint="A date like 5 Jun 2024 or 2024-06-05"
        state={state}
      />
      <OutletCombobox
        key={fieldValue(state, "outlet", article.outlet)}
        outlets={props.outlets}
        defaultName={fieldValue(state, "outlet", article.outlet)}
        defaultIsNew={state.values ? state.values.newOutlet === "on" : article.outletIsNew}
        error={state.fieldErrors?.outlet?.join(" ")}
      />
      <TextField
        label="Address (URL)"
        name="url"
        type="url"
        defaultValue={article.url}
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

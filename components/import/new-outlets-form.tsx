"use client";

import { useActionState } from "react";
import { fieldValue, type FormState } from "@/lib/forms";
import { plural } from "@/lib/format";
import type { OutletRef } from "@/lib/outlets/find-outlets-by-names";
import { FormError } from "../ui/field-error";
import styles from "./import.module.css";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export interface NewOutletProposal {
  name: string;
  domain: string | null;
  shared: { domain: string; with: string[] } | null;
  rows: number[];
  approved: boolean;
  similar: OutletRef[];
}

/**
 * Outlets the import would create: the reviewer says, for each, whether it is new or one already stored
 * under another name, so “LBCI” does not become a second LBCI next to “LBCI (lbcgroup.tv)”.
 */
export function NewOutletsForm(props: { proposals: NewOutletProposal[]; outlets: OutletRef[]; decide: Action }) {
  const [state, action, pending] = useActionState(props.decide, {});
  const undecided = props.proposals.filter((proposal) => !proposal.approved);
  if (undecided.length === 0) return null;
  return (
    <form action={action} className="card form" aria-label="New outlets">
      <h2>Outlets not stored yet ({undecided.length})</h2>
      <p className="muted">
        Say for each whether it is a new outlet or one already stored under another name. Nothing is saved until you
        confirm the import.
      </p>
      {undecided.map((proposal, index) => (
        <label key={proposal.name}>
          <span>
            <bdi>{proposal.name}</bdi>
            <span className="muted small">
              {proposal.domain && ` · ${proposal.domain}`}
              {proposal.shared && <SharedDomain {...proposal.shared} />}
              {!proposal.domain && !proposal.shared && " · no address"} · {plural(proposal.rows.length, "row")}
              {proposal.similar.length > 0 && " · looks like a stored outlet"}
            </span>
          </span>
          <input type="hidden" name={`name.${index}`} value={proposal.name} />
          <select name={`choice.${index}`} defaultValue={fieldValue(state, `choice.${index}`)}>
            <option value="">Choose…</option>
            <option value="new">Create “{proposal.name}” as a new outlet</option>
            {proposal.similar.length > 0 && <SameAsOptions label="Looks like" outlets={proposal.similar} />}
            <SameAsOptions label="All stored outlets" outlets={props.outlets} />
          </select>
        </label>
      ))}
      <FormError state={state} />
      <div className={styles.buttonRow}>
        <button type="submit" disabled={pending} className="secondary">
          {pending ? "Saving choices…" : "Apply these choices"}
        </button>
        {undecided.length > 1 && (
          <button type="submit" name="allNew" value="1" disabled={pending} className="secondary">
            Create all {undecided.length} as new outlets
          </button>
        )}
      </div>
    </form>
  );
}

/** Why a new outlet is saved without its rows' domain: another new outlet of the file has it too. */
function SharedDomain({ domain, with: others }: { domain: string; with: string[] }) {
  return (
    <span data-testid="shared-domain">
      {" · "}
      {domain} is also given for {others.map((name) => `“${name}”`).join(", ")}, so neither is saved with it (an admin
      can add it to the right one later)
    </span>
  );
}

function SameAsOptions({ label, outlets }: { label: string; outlets: OutletRef[] }) {
  return (
    <optgroup label={label}>
      {outlets.map((outlet) => (
        <option key={outlet.id} value={outlet.id}>
          Same as {outlet.name}
        </option>
      ))}
    </optgroup>
  );
}

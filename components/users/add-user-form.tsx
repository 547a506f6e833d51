"use client";

import { useActionState } from "react";
import { FormError } from "../ui/field-error";
import { TextField } from "../ui/text-field";
import { OneTimeSecret } from "./one-time-secret";
import { RoleSelect } from "./role-select";
import type { SecretFormState } from "./secret-form-state";
import styles from "./users.module.css";

type Action = (state: SecretFormState, form: FormData) => Promise<SecretFormState>;

export function AddUserForm({ add }: { add: Action }) {
  const [state, action, pending] = useActionState(add, {});
  const method = state.values?.method ?? "invite";
  return (
    <section className="card" aria-labelledby="add-user-heading">
      <h2 id="add-user-heading">Add a person</h2>
      <form action={action} className="form" aria-label="Add a person">
        <div className={styles.fields}>
          <TextField label="Name" name="name" required autoComplete="off" state={state} />
          <TextField label="Email" name="email" type="email" required autoComplete="off" state={state} />
        </div>
        <RoleSelect state={state} defaultValue="REVIEWER" />
        <fieldset className="radio-group">
          <legend>How they get a password</legend>
          <label>
            <input type="radio" name="method" value="invite" defaultChecked={method === "invite"} />A one-time link to
            choose it (valid 72 hours)
          </label>
          <label>
            <input type="radio" name="method" value="temporary" defaultChecked={method === "temporary"} />A temporary
            password they must change when they first sign in
          </label>
        </fieldset>
        <FormError state={state} />
        <button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add person"}
        </button>
      </form>
      {state.secret && <OneTimeSecret key={state.secret.value} secret={state.secret} />}
    </section>
  );
}

"use client";

import { Combobox, ComboboxInput, ComboboxOption, ComboboxOptions, Field, Label } from "@headlessui/react";
import { useState } from "react";
import type { OutletChoice } from "@/lib/outlets/list-outlet-choices";
import { isNamed, outletMatches } from "./outlet-matches";
import styles from "./outlet-combobox.module.css";

type Picked = { kind: "existing" | "new"; name: string } | null;

const samePick = (a: Picked, b: Picked) => a?.kind === b?.kind && a?.name === b?.name;

/**
 * The outlet of an imported article: offers stored outlets by name, alias and domain as the reviewer
 * types; a new outlet is created only when they choose “Create a new outlet”.
 */
export function OutletCombobox(props: {
  outlets: OutletChoice[];
  defaultName: string;
  defaultIsNew: boolean;
  error?: string;
}) {
  const known = props.outlets.find((outlet) => isNamed(outlet, props.defaultName));
  const [query, setQuery] = useState(props.defaultName);
  const [picked, setPicked] = useState<Picked>(
    known
      ? { kind: "existing", name: known.name }
      : props.defaultIsNew
        ? { kind: "new", name: props.defaultName }
        : null,
  );
  const matches = outletMatches(props.outlets, query);
  const typed = query.trim();
  const exact = matches.some((outlet) => isNamed(outlet, typed));
  function choose(pick: Picked) {
    setPicked(pick);
    if (pick) setQuery(pick.name);
  }
  return (
    <Field className={styles.field}>
      <Label>Outlet</Label>
      <Combobox value={picked} onChange={choose} by={samePick} immediate>
        <ComboboxInput
          className={styles.input}
          displayValue={(pick: Picked) => pick?.name ?? query}
          onChange={(event) => {
            setQuery(event.target.value);
            setPicked(null);
          }}
          placeholder="Type a name, alias or domain"
          aria-invalid={props.error ? true : undefined}
          aria-describedby="outlet-error outlet-status"
          autoComplete="off"
        />
        <ComboboxOptions anchor="bottom start" modal={false} className={styles.options}>
          {matches.map((outlet) => (
            <ComboboxOption key={outlet.id} value={{ kind: "existing", name: outlet.name }} className={styles.option}>
              <bdi>{outlet.name}</bdi>
              <span className="muted small"> {[...outlet.aliases, ...outlet.domains].join(" · ")}</span>
            </ComboboxOption>
          ))}
          {typed && !exact && (
            <ComboboxOption value={{ kind: "new", name: typed }} className={styles.option}>
              Create a new outlet “<bdi>{typed}</bdi>”
            </ComboboxOption>
          )}
        </ComboboxOptions>
      </Combobox>
      <input type="hidden" name="outlet" value={picked?.name ?? query} />
      {picked?.kind === "new" && <input type="hidden" name="newOutlet" value="on" />}
      <span id="outlet-status" className="muted small">
        {outletStatus(picked, typed)}
      </span>
      {props.error && (
        <span className="field-error" id="outlet-error">
          {props.error}
        </span>
      )}
    </Field>
  );
}

function outletStatus(picked: Picked, typed: string): string {
  if (picked?.kind === "existing") return "A stored outlet.";
  if (picked?.kind === "new") return `“${picked.name}” will be created as a new outlet.`;
  return typed ? "Not chosen yet: pick a stored outlet, or “Create a new outlet”." : "";
}

"use client";

import { useActionState, useSyncExternalStore } from "react";
import { FormError } from "@/components/ui/field-error";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/forms";
import type { ShareLinkItem } from "@/lib/reports/share/list-share-links";
import styles from "./report-forms.module.css";

export interface ShareState extends FormState {
  /** The new link's path, shown once: only its hash is stored. */
  path?: string;
}

interface Props {
  links: ShareLinkItem[];
  create: (state: ShareState, form: FormData) => Promise<ShareState>;
  revoke: (form: FormData) => Promise<void>;
}

// The page's own origin, to show the whole link; the server does not know which host name the editor used.
function useOrigin(): string {
  return useSyncExternalStore(
    () => () => {},
    () => window.location.origin,
    () => "",
  );
}

const day = (date: Date) => date.toISOString().slice(0, 10);

function linkState(link: ShareLinkItem): string {
  if (link.revokedAt) return `revoked ${day(link.revokedAt)}`;
  if (link.expiresAt && link.expiresAt.getTime() <= Date.now()) return `expired ${day(link.expiresAt)}`;
  return link.expiresAt ? `works until ${day(link.expiresAt)} (UTC)` : "works until revoked";
}

/** Read-only links to the published report for readers without a login: make one, see them, revoke them. */
export function ShareLinks({ links, create, revoke }: Props) {
  const [state, action, pending] = useActionState(create, {});
  const base = useOrigin();
  return (
    <section className="card" aria-labelledby="share-heading">
      <h2 id="share-heading">Share links</h2>
      <p className="muted">
        Anyone with a link sees this report and nothing else, without signing in. Revoke a link to close it.
      </p>
      <form action={action} className={`form ${styles.shareForm}`} aria-label="Create a share link">
        <TextField name="label" label="Label (optional)" hint="Who the link is for" state={state} maxLength={100} />
        <TextField name="expiresAt" label="Last day (optional)" type="date" state={state} />
        <button type="submit" disabled={pending}>
          {pending ? "Creating…" : "Create link"}
        </button>
        <FormError state={state} />
      </form>
      {state.path && (
        <div className={styles.newLink} role="status">
          <p>Copy the link now: it is shown only once.</p>
          <input
            readOnly
            aria-label="New share link"
            value={`${base}${state.path}`}
            onFocus={(e) => e.target.select()}
          />
        </div>
      )}
      {links.length > 0 && (
        <ul className={styles.links} aria-label="Share links">
          {links.map((link) => (
            <li key={link.id}>
              <span>
                <strong>{link.label ?? "Unlabelled link"}</strong>{" "}
                <span className="muted">
                  made {day(link.createdAt)}
                  {link.createdBy && ` by ${link.createdBy}`} · {linkState(link)}
                </span>
              </span>
              {!link.revokedAt && (
                <form action={revoke}>
                  <input type="hidden" name="linkId" value={link.id} />
                  <button type="submit" className="secondary">
                    Revoke
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

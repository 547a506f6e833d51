"use client";

import Link from "next/link";
import { useActionState } from "react";
import { plural } from "@/lib/format";
import type { FormState } from "@/lib/forms";
import type { OutletMergePlan } from "@/lib/outlets/plan-outlet-merge";
import { FieldError, FormError } from "../ui/field-error";
import { ArticleTitleList } from "./article-title-list";
import styles from "./merge-outlet.module.css";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

interface Props {
  source: { name: string; aliases: string[]; domains: string[] };
  target: { id: string; name: string };
  plan: OutletMergePlan;
  merge: Action;
  cancelHref: string;
}

/** Step two of a merge: what will happen, spelled out, and an explicit confirmation. */
export function MergeOutletForm({ source, target, plan, merge, cancelHref }: Props) {
  const [state, action, pending] = useActionState(merge, {});
  const blocked = plan.taggedDuplicates.length > 0;
  const names = [source.name, ...source.aliases].map((name) => `“${name}”`).join(", ");
  return (
    <form action={action} className="form" aria-label="Confirm merge">
      <p className={styles.lead}>
        Merging <strong>{source.name}</strong> into <strong>{target.name}</strong> will:
      </p>
      <ol className={styles.plan}>
        <li>
          move {plural(plan.movingArticles, "article")} to {target.name};
        </li>
        <li>
          {source.domains.length
            ? `move ${source.domains.length === 1 ? "the domain" : "the domains"} ${source.domains.join(", ")};`
            : "move no domains (this outlet has none);"}
        </li>
        <li>
          add {names} to {target.name}&rsquo;s aliases, so imports under{" "}
          {source.aliases.length ? "these names" : "this name"} go there;
        </li>
        {plan.droppedArticles.length > 0 && (
          <li>
            delete {plural(plan.droppedArticles.length, "article")} that {target.name} already has (same URL or same
            text, no tags):
            <ArticleTitleList articles={plan.droppedArticles} className={styles.titles} />
          </li>
        )}
        <li>
          remove {source.name}. <strong>This cannot be undone.</strong>
        </li>
      </ol>
      {blocked ? (
        <div className={`form-error ${styles.blocked}`} role="status">
          This merge cannot go ahead. These articles of {source.name} are also stored under {target.name} and carry
          reviewers&rsquo; tags, which merging would delete. Remove their tags, or the articles, first:
          <ArticleTitleList articles={plan.taggedDuplicates} className={styles.titles} />
        </div>
      ) : (
        <label className="checkbox">
          <input type="checkbox" name="confirmed" required defaultChecked={state.values?.confirmed === "on"} />
          <span className={styles.confirmText}>
            I understand that {source.name} will be removed and its articles filed under {target.name}.
          </span>
        </label>
      )}
      <input type="hidden" name="targetId" value={target.id} />
      <FieldError state={state} field="confirmed" />
      <FormError state={state} />
      <div className={styles.actions}>
        <button type="submit" className={styles.danger} disabled={pending || blocked}>
          {pending ? "Merging…" : `Merge into ${target.name}`}
        </button>
        <Link href={cancelHref}>Cancel</Link>
      </div>
    </form>
  );
}

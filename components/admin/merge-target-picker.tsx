import type { OutletChoice } from "@/lib/outlets/list-outlet-choices";

/** Step one of a merge: the admin picks the outlet to merge into; nothing changes yet. */
export function MergeTargetPicker({ source, targets }: { source: string; targets: OutletChoice[] }) {
  if (targets.length === 0) return <p className="muted">There is no other outlet to merge into.</p>;
  return (
    // The fragment survives the GET submission, so the plan opens scrolled into view.
    <form method="get" action="#merge" className="form" aria-label="Choose the outlet to merge into">
      <p className="muted">
        When two outlets are the same publisher under different names, merge one into the other. The next step shows
        what will change, and asks you to confirm, before anything is merged.
      </p>
      <label>
        Merge {source} into
        <select name="mergeInto" required defaultValue="">
          <option value="" disabled>
            Choose an outlet…
          </option>
          {targets.map((target) => (
            <option key={target.id} value={target.id}>
              {target.domains.length ? `${target.name} (${target.domains.join(", ")})` : target.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="secondary">
        Review the merge
      </button>
    </form>
  );
}

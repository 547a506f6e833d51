import type { FormState } from "@/lib/forms";
import type { OutletChoice } from "@/lib/outlets/list-outlet-choices";
import type { OutletMergePlan } from "@/lib/outlets/plan-outlet-merge";
import { MergeOutletForm } from "./merge-outlet-form";
import { MergeTargetPicker } from "./merge-target-picker";

interface Props {
  source: { id: string; name: string; aliases: string[]; domains: string[] };
  targets: OutletChoice[];
  /** Set once the admin has picked a target: the plan to confirm. */
  chosen?: { target: OutletChoice; plan: OutletMergePlan };
  merge: (state: FormState, form: FormData) => Promise<FormState>;
}

/** Merging in two steps: pick the target, then read what will happen and confirm. */
export function MergeOutletSection({ source, targets, chosen, merge }: Props) {
  return (
    <section className="card" id="merge" aria-labelledby="merge-heading">
      <h2 id="merge-heading">Merge this outlet into…</h2>
      {chosen ? (
        <MergeOutletForm
          source={source}
          target={chosen.target}
          plan={chosen.plan}
          merge={merge}
          cancelHref={`/admin/outlets/${source.id}#merge`}
        />
      ) : (
        <MergeTargetPicker source={source.name} targets={targets} />
      )}
    </section>
  );
}
